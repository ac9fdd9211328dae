package main

import "fmt"

func counting() {
	fmt.Println("counting")
	for i := 0; i < 5; i++ {
		defer fmt.Println(i)
	}
	fmt.Println("done")
}

func deferredArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x now", x)
}

func triple(n int) (result int) {
	defer func() { result *= 3 }()
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	defer fmt.Println("world")
	fmt.Println("hello")
	counting()
	deferredArgs()
	fmt.Println(triple(4))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
}
