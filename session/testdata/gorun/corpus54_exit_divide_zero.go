package main

import "fmt"

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	fmt.Println(average([]int{2, 4, 6}))
	f := 1.0
	zero := 0.0
	fmt.Println("float division is fine:", f/zero)
	fmt.Println(average(nil))
	fmt.Println("unreachable")
}
