package main

import (
	"errors"
	"fmt"
	"strconv"
)

func mayPanic() { panic("a problem") }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func parseAll(ss []string) (out []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(fmt.Errorf("parseAll %q: %w", s, err))
		}
		out = append(out, n)
	}
	return out, nil
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	defer func() { fmt.Println("closure x =", x) }()
	x = 30
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

type myErr struct{ code int }

func (e *myErr) Error() string { return "code " + strconv.Itoa(e.code) }

func main() {
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("Recovered. Error:\n", r)
			}
		}()
		mayPanic()
		fmt.Println("After mayPanic()")
	}()
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	out, err := parseAll([]string{"4", "five", "6"})
	fmt.Println(out, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax))
	deferOrder()
	fmt.Println(counter())
	func() {
		defer func() {
			r := recover()
			e, ok := r.(*myErr)
			fmt.Printf("%v %T %v %d\n", r, r, ok, e.code)
		}()
		panic(&myErr{7})
	}()
	func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			fmt.Println("runtime:", err)
		}()
		var a []int
		_ = a[3]
	}()
	fmt.Println(recover())
}
