package main

import (
	"errors"
	"fmt"
)

func f() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered in f", r)
		}
	}()
	fmt.Println("Calling g.")
	g(0)
	fmt.Println("Returned normally from g.")
}

func g(i int) {
	if i > 3 {
		fmt.Println("Panicking!")
		panic(fmt.Sprintf("%v", i))
	}
	defer fmt.Println("Defer in g", i)
	fmt.Println("Printing in g", i)
	g(i + 1)
}

// safeDiv turns a runtime panic into an error value.
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", re)
			} else {
				err = fmt.Errorf("recovered: %v", r)
			}
		}
	}()
	return a / b, nil
}

func main() {
	f()
	fmt.Println("Returned normally from f.")
	q, err := safeDiv(7, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
	func() {
		defer func() { fmt.Println("recover returned", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println("recover outside panic:", recover())
}
