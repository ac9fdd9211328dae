package main

import (
	"fmt"
	"strings"
)

// generate emits the numbers it is given and closes its channel.
func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func toText(in <-chan int) <-chan string {
	out := make(chan string, 4)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("<%d>", n)
		}
	}()
	return out
}

func main() {
	even := func(n int) bool { return n%2 == 0 }
	var parts []string
	for s := range toText(filter(square(generate(1, 2, 3, 4, 5, 6, 7, 8)), even)) {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, " "))

	sum := 0
	for n := range square(square(generate(1, 2, 3))) {
		sum += n
	}
	fmt.Println("sum of fourth powers:", sum)
}
