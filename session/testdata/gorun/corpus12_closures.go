package main

import (
	"fmt"
	"strings"
)

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter(start int) (inc func() int, get func() int) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

type Handler func(string) string

type Middleware func(Handler) Handler

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func logging(tag string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			return tag + "(" + next(s) + ")"
		}
	}
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	f := fibonacci()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	inc, get := counter(10)
	inc()
	inc()
	fmt.Println("counter:", get())

	h := chain(strings.ToUpper, logging("a"), logging("b"))
	fmt.Println(h("go"))

	var funcs []func() string
	for _, w := range []string{"x", "y", "z"} {
		funcs = append(funcs, func() string { return w + w })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	calls := 0
	square := memoize(func(n int) int { calls++; return n * n })
	fmt.Println(square(4), square(4), square(5), "calls:", calls)

	adders := make(map[string]func(int) int)
	for _, d := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", d)] = func(x int) int { return x + d }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5), adders["add100"](5))

	func() {
		defer func() { fmt.Println("deferred in literal") }()
		fmt.Println("in literal")
	}()
}
