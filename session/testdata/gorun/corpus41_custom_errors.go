package main

import (
	"errors"
	"fmt"
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

type NotFound struct{ Name string }

func (n NotFound) Error() string { return n.Name + " not found" }

func lookup(name string) error {
	if name != "root" {
		return fmt.Errorf("lookup: %w", NotFound{name})
	}
	return nil
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
	fmt.Println(err)

	err = lookup("bob")
	fmt.Println(err)
	var nf NotFound
	if errors.As(err, &nf) {
		fmt.Println("missing:", nf.Name)
	}
	fmt.Println(lookup("root") == nil)

	var e error = &argError{1, "one"}
	fmt.Printf("%v | %s | %T\n", e, e, e)
}
