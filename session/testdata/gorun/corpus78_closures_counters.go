package main

import (
	"errors"
	"fmt"
	"strings"
)

// Closures that keep state, memoization, and function values in maps.

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func memo(f func(int) int) func(int) int {
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

var fib func(int) int

type op func(a, b float64) (float64, error)

var ErrDivZero = errors.New("division by zero")

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println(inc(), get())

	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)

	ops := map[string]op{
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"-": func(a, b float64) (float64, error) { return a - b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, ErrDivZero
			}
			return a / b, nil
		},
	}
	for _, expr := range []string{"3 + 4", "10 / 4", "1 / 0", "2 ^ 3"} {
		parts := strings.Fields(expr)
		var a, b float64
		fmt.Sscan(parts[0], &a)
		fmt.Sscan(parts[2], &b)
		f, ok := ops[parts[1]]
		if !ok {
			fmt.Printf("%s: unknown operator %q\n", expr, parts[1])
			continue
		}
		r, err := f(a, b)
		if errors.Is(err, ErrDivZero) {
			fmt.Printf("%s: %v\n", expr, err)
			continue
		}
		fmt.Printf("%s = %g\n", expr, r)
	}

	var adders []func(int) int
	for _, n := range []int{1, 10, 100} {
		adders = append(adders, func(x int) int { return x + n })
	}
	for i, add := range adders {
		fmt.Print(add(i), " ")
	}
	fmt.Println()

	compose := func(fs ...func(string) string) func(string) string {
		return func(s string) string {
			for _, f := range fs {
				s = f(s)
			}
			return s
		}
	}
	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Printf("%q\n", shout("  hello there "))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var nilFunc func()
	nilFunc()
}
