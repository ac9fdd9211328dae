package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func traced(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func work() (result string) {
	defer traced("work")()
	defer func() { result += " (post-processed)" }()
	run := func(step int) {
		defer fmt.Println("  step", step, "cleanup")
		fmt.Println("  step", step, "running")
	}
	for i := 1; i <= 2; i++ {
		run(i)
	}
	return "work result"
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure ", i, "; ") }()
		defer fmt.Print("arg ", i, "; ")
	}
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(work())
	deferOrder()
	fmt.Println()

	err := func() (err error) {
		defer func() {
			if err != nil {
				err = fmt.Errorf("wrapped: %w", err)
			}
		}()
		return errors.New("base failure")
	}()
	fmt.Println(err, errors.Unwrap(err) != nil)

	x := 1
	defer fmt.Println("deferred x (value at defer):", x)
	defer func() { fmt.Println("deferred x (closure):", x) }()
	x = 99
}
