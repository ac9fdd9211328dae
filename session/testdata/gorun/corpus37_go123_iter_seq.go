package main

import (
	"fmt"
	"iter"
)

func Fibonacci() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("  (countdown stopped early)")
				return
			}
		}
	}
}

func main() {
	for f := range Fibonacci() {
		if f > 100 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()

	for n := range Countdown(3) {
		fmt.Println("T-minus", n)
	}

	for n := range Countdown(10) {
		if n == 8 {
			break
		}
		fmt.Println("at", n)
	}

	sum := 0
	for v := range Fibonacci() {
		if v%2 == 1 {
			continue
		}
		if v > 1000 {
			break
		}
		sum += v
	}
	fmt.Println("even fib sum:", sum)

	var count func(yield func() bool)
	count = func(yield func() bool) {
		for range 3 {
			if !yield() {
				return
			}
		}
	}
	k := 0
	for range count {
		k++
	}
	fmt.Println("zero-arg iterator ran", k, "times")
}
