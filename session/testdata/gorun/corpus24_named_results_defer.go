package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func unnamed() int {
	n := 5
	defer func() { n *= 2 }()
	return n
}

func closeErr() (err error) {
	defer func() {
		cerr := errors.New("close failed")
		if err == nil {
			err = cerr
		}
	}()
	return nil
}

func keepFirst() (err error) {
	defer func() {
		if cerr := errors.New("close failed"); err == nil {
			err = cerr
		}
	}()
	return errors.New("write failed")
}

func counter() (calls int, last string) {
	defer func() {
		calls++
		last += "!"
	}()
	calls = 10
	last = "set"
	return
}

func shadowed() (result int) {
	defer func() { result += 100 }()
	{
		result := 7
		_ = result
	}
	return 1
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	fmt.Println(closeErr())
	fmt.Println(keepFirst())
	fmt.Println(counter())
	fmt.Println(shadowed())
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
}
