package main

import "fmt"

// gen emits the numbers on a channel and closes it when done.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	c := gen(2, 3, 4)
	out := sq(c)
	for v := range out {
		fmt.Println(v)
	}
	// stages compose because sq's input and output types match
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(n)
	}
}
