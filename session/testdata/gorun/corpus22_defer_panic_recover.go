package main

import (
	"errors"
	"fmt"
)

func a() {
	i := 0
	defer fmt.Println("deferred i:", i)
	i++
	fmt.Println("a returns with i =", i)
}

func b() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
}

func c() (i int) {
	defer func() { i++ }()
	return 1
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

func safeDiv(x, y int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = x / y
	return
}

var errSpecial = errors.New("special")

func rethrow() (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok && errors.Is(e, errSpecial) {
			err = e
			return
		}
		if r != nil {
			panic(r)
		}
	}()
	panic(fmt.Errorf("wrapped: %w", errSpecial))
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		r := recover()
		fmt.Println("inner saw:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

func trace(s string) string { fmt.Println("entering:", s); return s }
func un(s string)           { fmt.Println("leaving:", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	a()
	b()
	fmt.Println()
	fmt.Println("c() =", c())
	f()
	fmt.Println("Returned normally from f.")
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println("rethrow:", rethrow())
	outer()
	nested()
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map write:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("index:", recover()) }()
		s := []int{1}
		idx := 5
		_ = s[idx]
	}()
}
