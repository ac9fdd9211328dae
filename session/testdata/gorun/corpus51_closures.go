package main

import (
	"fmt"
	"strings"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	fib := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	pos, neg := adder(0), adder(100)
	for i := 1; i <= 3; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hey there "))

	square, misses := memo(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("misses:", *misses)

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)

	var recurse func(int) int
	recurse = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * recurse(n-1)
	}
	fmt.Println(recurse(10))
}
