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
	c := gen(2, 3, 4, 5)
	out := sq(c)
	for v := range out {
		fmt.Println(v)
	}

	// Stages compose: square twice.
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println("fourth power:", n)
	}
}
