package main

import "fmt"

// fibonacci is a function that returns
// a function that returns successive Fibonacci numbers.
func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func generator(start, step int) func() int {
	next := start
	return func() int {
		v := next
		next += step
		return v
	}
}

func main() {
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Println(f())
	}
	g := fibonacci()
	var xs []int
	for i := 0; i < 15; i++ {
		xs = append(xs, g())
	}
	fmt.Println(xs)
	// Each closure has its own state.
	h1, h2 := fibonacci(), fibonacci()
	h1()
	h1()
	fmt.Println(h1(), h2())
	odd := generator(1, 2)
	fmt.Println(odd(), odd(), odd())
}
