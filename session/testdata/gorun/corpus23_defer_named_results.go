package main

import (
	"errors"
	"fmt"
)

func trace(s string) string {
	fmt.Println("entering:", s)
	return s
}

func un(s string) { fmt.Println("leaving:", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func c() (i int) {
	defer func() { i++ }()
	return 1
}

func triple() (result int, err error) {
	defer func() {
		result *= 3
		if result > 10 {
			err = errors.New("too big")
		}
	}()
	return 4, nil
}

func loopDefer() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
}

func closureDefer() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
	}
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x now", x)
}

func main() {
	b()
	fmt.Println(c())
	fmt.Println(triple())
	loopDefer()
	fmt.Println()
	closureDefer()
	fmt.Println()
	argsEvaluated()
	var m = map[string]int{}
	func() {
		defer delete(m, "tmp")
		m["tmp"] = 1
		fmt.Println(len(m))
	}()
	fmt.Println(len(m))
}
