package main

import (
	"fmt"
	"strings"
)

var (
	table   = buildTable(5)
	names   = strings.Fields("zeta alpha mid")
	counter int
	greet   = makeGreeter("Hi")
	total   = sum(table...)
)

var order []string

func init() {
	order = append(order, "init1")
	counter += 10
}

func init() {
	order = append(order, "init2")
	counter *= 2
}

func buildTable(n int) []int {
	order = append(order, "buildTable")
	t := make([]int, n)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func makeGreeter(word string) func(string) string {
	return func(name string) string { return word + ", " + name }
}

var isEven func(int) bool
var isOdd func(int) bool

func init() {
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
}

func main() {
	fmt.Println(order)
	fmt.Println(table, total)
	fmt.Println(names, counter)
	fmt.Println(greet("Gopher"))
	fmt.Println(isEven(10), isOdd(7), isEven(3))
}
