package main

import (
	"fmt"
	"strings"
)

func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())

	fib := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	square, calls := memoize(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("calls:", *calls)

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello gophers  "))

	var funcs []func()
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() { fmt.Print(i, " ") })
	}
	for _, f := range funcs {
		f()
	}
	fmt.Println()

	for _, word := range []string{"go", "is", "fun"} {
		defer func() { fmt.Println("deferred:", word) }()
	}

	total := 0
	addTo := func(n int) { total += n }
	for i := 1; i <= 4; i++ {
		addTo(i)
	}
	fmt.Println("total", total)

	var recur func(int) int
	recur = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * recur(n-1)
	}
	fmt.Println("5! =", recur(5))
}
