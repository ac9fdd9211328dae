package main

import "fmt"

// gen emits the numbers it is given on a channel and closes it.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func addOne(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n + 1
		}
	}()
	return out
}

func main() {
	// Stages compose because each takes and returns a channel.
	for v := range addOne(sq(gen(1, 2, 3, 4, 5))) {
		fmt.Println(v)
	}

	total := 0
	for v := range sq(sq(gen(2, 3))) {
		total += v
	}
	fmt.Println("sum of fourth powers:", total)
}
