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

func main() {
	for n := range Countdown(5) {
		fmt.Print(n, " ")
	}
	fmt.Println("liftoff")

	for i, s := range Enumerate([]string{"alpha", "beta", "gamma"}) {
		fmt.Printf("%d:%s\n", i, s)
	}

	// Stop early: the iterator must see yield return false.
	for n := range Countdown(100) {
		if n < 97 {
			break
		}
		fmt.Println("got", n)
	}
}
