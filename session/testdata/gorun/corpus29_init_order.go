package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var registry = map[string]func() string{}

func f(name string) int {
	fmt.Println("initializing", name)
	d++
	return d
}

func register(name string, fn func() string) {
	registry[name] = fn
}

func init() {
	fmt.Println("first init: a =", a, "b =", b, "c =", c, "d =", d)
	register("hello", func() string { return "hello from init" })
}

func init() {
	fmt.Println("second init, registry size", len(registry))
	register("bye", func() string { return "bye" })
}

var weekday string

func init() {
	weekday = "Monday"
}

func main() {
	fmt.Println("main: a =", a)
	fmt.Println(registry["hello"](), registry["bye"]())
	fmt.Println("Today is", weekday)
	fmt.Println(len(registry))
}
