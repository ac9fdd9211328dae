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
	return a / b, nil
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()

	deferOrder()

	q, err := safeDiv(10, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)

	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("error value:", errors.Is(e, errSentinel))
			}
		}()
		panic(errSentinel)
	}()

	mayPanic()

	fmt.Println("After mayPanic()")
}

var errSentinel = errors.New("sentinel")
