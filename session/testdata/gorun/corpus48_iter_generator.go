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

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Count(start, step int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for n := start; ; n += step {
			if !yield(n) {
				return
			}
		}
	}
}

func main() {
	for i, f := range Enumerate(Fibonacci()) {
		if f > 100 {
			break
		}
		fmt.Printf("F%d=%d ", i, f)
	}
	fmt.Println()
	for n := range Count(10, -3) {
		if n < 0 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	sum := 0
	for v := range Fibonacci() {
		if v > 1000 {
			break
		}
		if v%2 == 0 {
			sum += v
		}
	}
	fmt.Println("even fib sum:", sum)
}
