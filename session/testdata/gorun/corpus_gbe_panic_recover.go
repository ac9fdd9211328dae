package main

import (
	"errors"
	"fmt"
)

func mayPanic() {
	panic("a problem")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safeDiv(10, 2))
	_, err := safeDiv(1, 0)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == nil)
	mayPanic()
	fmt.Println("After mayPanic()")
}
