package main

import (
	"fmt"
	"iter"
)

// Countdown yields n, n-1, ..., 1.
func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

// Enumerate pairs each element with its index.
func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	for n := range Countdown(5) {
		fmt.Print(n, " ")
	}
	fmt.Println("liftoff!")

	for i, s := range Enumerate([]string{"go", "rust", "zig"}) {
		fmt.Printf("%d:%s\n", i, s)
	}

	even := Filter(Countdown(10), func(n int) bool { return n%2 == 0 })
	for n := range even {
		if n < 4 {
			break
		}
		fmt.Println("even", n)
	}
}
