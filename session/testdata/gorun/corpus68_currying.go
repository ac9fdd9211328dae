package main

import (
	"fmt"
	"strings"
)

func add(a int) func(int) int {
	return func(b int) int { return a + b }
}

func curry3(f func(a, b, c int) int) func(int) func(int) func(int) int {
	return func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return f(a, b, c) }
		}
	}
}

func partial(f func(sep string, parts ...string) string, sep string) func(...string) string {
	return func(parts ...string) string { return f(sep, parts...) }
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func main() {
	add5 := add(5)
	fmt.Println(add5(10), add(1)(2))

	vol := curry3(func(a, b, c int) int { return a * b * c })
	fmt.Println(vol(2)(3)(4))
	base := vol(10)
	fmt.Println(base(1)(1), base(2)(5))

	csv := partial(join, ",")
	path := partial(join, "/")
	fmt.Println(csv("a", "b", "c"))
	fmt.Println(path("usr", "local", "bin"))
	fmt.Println(csv())

	greet := func(greeting string) func(string) string {
		return func(name string) string {
			return fmt.Sprintf("%s, %s!", greeting, name)
		}
	}
	hello, hi := greet("Hello"), greet("Hi")
	for _, n := range []string{"Ann", "Bob"} {
		fmt.Println(hello(n), hi(n))
	}
}
