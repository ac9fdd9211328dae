package main

import (
	"fmt"
	"strings"
)

func hello() {
	fmt.Println("Hello, World!")
}

func repeat(word string, reps int) {
	for i := 0; i < reps; i++ {
		fmt.Print(word)
	}
	fmt.Println()
}

func add(x, y int) int {
	return x + y
}

func measure(length, width int) (area, perimeter int) {
	area = length * width
	perimeter = 2 * (length + width)
	return
}

func names() (string, string) {
	return "Sammy", "Shark"
}

func apply(nums []int, f func(int) int) []int {
	out := make([]int, len(nums))
	for i, n := range nums {
		out[i] = f(n)
	}
	return out
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

type op func(int, int) int

func main() {
	hello()
	repeat("Sammy ", 3)
	fmt.Println(add(3, 4))
	a, p := measure(3, 5)
	fmt.Println(a, p)
	first, _ := names()
	fmt.Println(first)
	fmt.Println(apply([]int{1, 2, 3}, func(n int) int { return n * n }))
	next := counter()
	next()
	next()
	fmt.Println(next())
	fmt.Println(fact(10))

	ops := map[string]op{
		"add": add,
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](2, 3), ops["mul"](2, 3))

	upper := strings.ToUpper
	fmt.Println(upper("shout"))

	func() {
		fmt.Println("immediately invoked")
	}()
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	fmt.Printf("%T\n", add)
}
