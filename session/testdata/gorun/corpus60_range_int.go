package main

import "fmt"

// Go 1.22: range over an integer, and per-iteration loop variables.
func main() {
	for i := range 3 {
		fmt.Println("iteration", i)
	}

	n := 5
	total := 0
	for i := range n {
		total += i * i
	}
	fmt.Println("sum of squares below", n, "=", total)

	for range 2 {
		fmt.Println("hello")
	}

	var prints []func()
	for i := range 4 {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	type idx uint8
	var count idx = 3
	for i := range count {
		fmt.Printf("%T %d\n", i, i)
	}
}
