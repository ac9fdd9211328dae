package main

import "fmt"

// Whether Go's compiler gives this function's slice its stack buffer once
// per call or once for all the calls depends on whether it inlines grow
// into the loop below: gogil refuses the cap rather than guess.
func grow(n int) int {
	v := []int{}
	for i := 0; i < n; i++ {
		v = append(v, i)
	}
	return cap(v)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(grow(2), " ")
	}
	fmt.Println()
}
