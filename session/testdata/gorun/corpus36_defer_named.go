package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	n := 21
	defer func() { n *= 2 }()
	return n
}

func order() (s string) {
	defer func() { s += "-first" }()
	defer func() { s += "-second" }()
	s = "body"
	return s + "-ret"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
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

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func() { c++ }()
	}
	return 10
}

func ptrResult() (p *int) {
	v := 1
	defer func() { *p = 50 }()
	return &v
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	fmt.Println(order())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(closeErr())
	fmt.Println(counter())
	fmt.Println(*ptrResult())
}
