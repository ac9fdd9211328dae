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

func withError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	panic(errors.New("custom failure"))
}

func nested() {
	defer fmt.Println("nested deferred")
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("first")
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withError())
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		nested()
	}()
	fmt.Println(recover())
	mayPanic()
	fmt.Println("After mayPanic()")
}
