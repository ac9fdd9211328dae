package main

import "fmt"

func last(xs []int) int {
	return xs[len(xs)]
}

func main() {
	xs := []int{10, 20, 30}
	fmt.Println("first:", xs[0])
	defer fmt.Println("deferred calls still run before the crash")
	for i := range xs {
		fmt.Println(i, xs[i])
	}
	fmt.Println("last:", last(xs))
	fmt.Println("unreachable")
}
