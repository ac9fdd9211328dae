package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type NotFoundError struct {
	Name string
}

func (e NotFoundError) Error() string { return e.Name + ": not found" }

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = errors.New("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func find(name string) error {
	return fmt.Errorf("lookup failed: %w", NotFoundError{name})
}

func main() {
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}
	wrapped := fmt.Errorf("outer: %w", err)
	if errors.As(wrapped, &ae) {
		fmt.Println("wrapped:", ae.arg, wrapped)
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.", err)
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	err = find("gopher")
	var nf NotFoundError
	if errors.As(err, &nf) {
		fmt.Println("missing:", nf.Name)
	}
	fmt.Println(err)
	_, err = os.Open("/definitely/not/here")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
	}
	joined := errors.Join(ErrPower, ErrOutOfTea)
	fmt.Println(errors.Is(joined, ErrOutOfTea))
	fmt.Println(joined)
	fmt.Println(errors.Unwrap(fmt.Errorf("x: %w", ErrPower)) == ErrPower)
}
