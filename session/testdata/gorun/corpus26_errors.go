package main

import (
	"errors"
	"fmt"
)

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, errors.New("can't work with 42")
	}
	return arg + 3, nil
}

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func main() {
	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	err := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrPower))
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Is(err, ErrPower), errors.Is(err, ErrOutOfTea))
	customMain()
	joined := errors.Join(ErrOutOfTea, ErrPower)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPower))
}

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f2(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type NotFound struct{ Name string }

func (n NotFound) Error() string { return n.Name + " not found" }

func find(name string) error {
	return fmt.Errorf("lookup: %w", NotFound{name})
}

func customMain() {
	_, err := f2(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}
	fmt.Println(err)
	fmt.Printf("%v | %s\n", err, err)
	r, err := f2(1)
	fmt.Println(r, err == nil)

	e2 := find("bob")
	var nf NotFound
	if errors.As(e2, &nf) {
		fmt.Println("missing:", nf.Name)
	}
	fmt.Println(e2)
	var target *argError
	fmt.Println(errors.As(e2, &target))
}
