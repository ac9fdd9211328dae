package main

import (
	"fmt"
	"sort"
	"strings"
)

type op func(int, int) int

func apply(a, b int, f op) int {
	return f(a, b)
}

func makeMultiplier(factor int) func(int) int {
	return func(x int) int {
		return x * factor
	}
}

func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func main() {
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, apply(7, 3, ops[name]))
	}

	double := makeMultiplier(2)
	triple := makeMultiplier(3)
	fmt.Println(double(5), triple(5))

	next := counter()
	other := counter()
	fmt.Println(next(), next(), next(), other())

	fmt.Println(mapInts([]int{1, 2, 3}, double))
	fmt.Println(mapInts([]int{1, 2, 3}, func(x int) int { return x * x }))

	shout := compose(strings.TrimSpace, strings.ToUpper)
	fmt.Printf("%q\n", shout("  hello  "))

	// Functions are values that can be nil.
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("now set") }
	f()

	// Immediately invoked function literal.
	result := func(a, b int) int {
		return a*10 + b
	}(4, 2)
	fmt.Println(result)

	// Method values and method expressions.
	var sb strings.Builder
	write := sb.WriteString
	write("abc")
	write("def")
	fmt.Println(sb.String())
	upper := strings.ToUpper
	fmt.Println(upper("go"))

	// A slice of funcs as a pipeline.
	steps := []func(int) int{
		func(x int) int { return x + 1 },
		double,
		func(x int) int { return x - 3 },
	}
	v := 5
	for _, s := range steps {
		v = s(v)
	}
	fmt.Println("pipeline:", v)

	// Closures capture variables, not values.
	x := 1
	show := func() { fmt.Println("x is", x) }
	x = 2
	show()
	fmt.Printf("%T\n", apply)
}
