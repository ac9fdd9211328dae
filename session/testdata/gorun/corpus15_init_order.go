package main

import (
	"fmt"
	"strings"
)

var (
	total    = compute()
	base     = 10
	greeting = strings.Repeat(prefix, 2) + name
	prefix   = "hi-"
	name     = defaultName()
)

var registry = map[string]func(int) int{}

var order []string

func compute() int {
	order = append(order, "compute")
	return base * 2
}

func defaultName() string {
	order = append(order, "defaultName")
	return "gopher"
}

func register(n string, f func(int) int) bool {
	registry[n] = f
	return true
}

var _ = register("double", func(x int) int { return x * 2 })

func init() {
	order = append(order, "init1")
	register("square", func(x int) int { return x * x })
}

func init() {
	order = append(order, "init2")
	base = 99
}

const (
	A = iota * 10
	B
	C = "c"
	D
	E = iota
)

func main() {
	fmt.Println(total, base, greeting)
	fmt.Println(order)
	fmt.Println(len(registry), registry["double"](4), registry["square"](4))
	fmt.Println(A, B, C, D, E)
}
