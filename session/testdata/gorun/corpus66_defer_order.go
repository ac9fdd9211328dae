package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func nested() {
	defer trace("nested")()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred in loop", i)
	}
	x := 10
	defer fmt.Println("x evaluated at defer:", x)
	x = 20
	defer func() { fmt.Println("x seen by closure:", x) }()
	x = 30
}

func main() {
	defer fmt.Println("main done")
	nested()
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
		fmt.Println("inner body")
	}()
	s := []string{"a", "b", "c"}
	for _, v := range s {
		defer func() { fmt.Print(v, " ") }()
	}
	defer fmt.Println()
}
