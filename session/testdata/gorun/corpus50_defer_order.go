package main

import "fmt"

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n++ }()
	return 10
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred arg", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred closure", i) }()
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 100
	fmt.Println("counter:", counter())
	work()
	fmt.Println("end of main")
}
