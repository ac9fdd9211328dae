package main

import (
	"errors"
	"fmt"
)

var errExpected = errors.New("expected failure")

func handle(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok && errors.Is(e, errExpected) {
			err = e
			return
		}
		fmt.Println("handle: re-panicking with", r)
		panic(r)
	}()
	f()
	return nil
}

func outer(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("outer caught:", r)
		}
	}()
	err := handle(f)
	fmt.Println("handle returned:", err)
}

func main() {
	outer(func() { fmt.Println("fine") })
	outer(func() { panic(fmt.Errorf("wrapped: %w", errExpected)) })
	outer(func() { panic("unexpected string") })
	outer(func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("second panic after %v", r))
		}()
		panic("first")
	})
	fmt.Println("done")
}
