package main

import "fmt"

func hello() {
	defer fmt.Println("world")
	fmt.Println("hello")
}

func countdown() {
	fmt.Println("counting")
	for i := 0; i < 5; i++ {
		defer fmt.Println(i)
	}
	fmt.Println("done")
}

// Deferred arguments are evaluated at once.
func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func trace(s string) string {
	fmt.Println("entering:", s)
	return s
}

func un(s string) { fmt.Println("leaving:", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	hello()
	countdown()
	args()
	fmt.Println(double(4))
	a()
}
