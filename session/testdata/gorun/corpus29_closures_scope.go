package main

import (
	"fmt"
	"sort"
	"strings"
)

func makeMultiplier(factor int) func(int) int {
	return func(n int) int { return n * factor }
}

func memo() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		cache[n] = fib(n-1) + fib(n-2)
		return cache[n]
	}
	return fib
}

type middleware func(string) string

func chain(ms ...middleware) middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func main() {
	double := makeMultiplier(2)
	triple := makeMultiplier(3)
	fmt.Println(double(5), triple(5))

	fib := memo()
	fmt.Println(fib(50))

	var handlers []func() string
	for _, name := range []string{"a", "b", "c"} {
		handlers = append(handlers, func() string { return "handler " + name })
	}
	for _, h := range handlers {
		fmt.Println(h())
	}

	total := 0
	add := func(n int) { total += n }
	for i := range 5 {
		add(i)
	}
	fmt.Println("total", total)

	process := chain(strings.TrimSpace, strings.ToLower, func(s string) string { return s + "!" })
	fmt.Println(process("  HeLLo  "))

	people := []struct {
		Name string
		Age  int
	}{{"Z", 3}, {"A", 3}, {"M", 1}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)

	x := 1
	{
		x := 2
		x++
		_ = x
	}
	fmt.Println("x", x)
	gen := func() func() (int, bool) {
		i := 0
		return func() (int, bool) {
			i++
			return i, i <= 3
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
