// Functions in a tour: closures, defer, variadics, function values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func sumAll(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func deferOrder() (s string) {
	defer func() { s += " (modified by defer)" }()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	return "returned"
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	fmt.Println(sumAll())
	fmt.Println(sumAll(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sumAll(nums...))

	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1(), c2())

	double := func(x int) int { return x * 2 }
	fmt.Println(apply(nums, double))
	fmt.Println(apply(nums, func(x int) int { return x * x }))

	fmt.Println(deferOrder())

	f := fib()
	var fs []string
	for range 10 {
		fs = append(fs, fmt.Sprint(f()))
	}
	fmt.Println(strings.Join(fs, ","))

	// Immediately invoked function literal.
	result := func(a, b int) int { return a - b }(10, 3)
	fmt.Println("iife:", result)

	// Closures capturing loop variables (Go 1.22 semantics).
	var printers []func() string
	for i := 0; i < 3; i++ {
		printers = append(printers, func() string { return fmt.Sprint("i=", i) })
	}
	for _, name := range []string{"x", "y"} {
		printers = append(printers, func() string { return "name=" + name })
	}
	for _, p := range printers {
		fmt.Println(p())
	}

	// Function types and maps of functions.
	type op func(int, int) int
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s(7, 3) = %d\n", k, ops[k](7, 3))
	}

	// Recursion through a function variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("10! =", fact(10))
}
