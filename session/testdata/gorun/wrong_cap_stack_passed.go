package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// Given to a function of the program, the slice's backing store stays on
// the stack or not by escape analysis of sum, growing by size class when
// it does (cap 3 here, where the heap gives 4): gogil refuses the cap.
func main() {
	d := []int{}
	for i := 0; i < 3; i++ {
		d = append(d, i)
	}
	fmt.Println(sum(d), len(d), cap(d))
}
