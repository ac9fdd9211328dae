package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		case string:
			err = errors.New(r)
		default:
			err = fmt.Errorf("unknown panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(try(func() { mustPositive(5) }))
	fmt.Println(try(func() { mustPositive(-3) }))
	fmt.Println(try(func() { panic(errors.New("boom")) }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(fmt.Sprint("x", 1)) }))
	fmt.Println("still running")
}
