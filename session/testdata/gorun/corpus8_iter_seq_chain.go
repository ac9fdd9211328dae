package main

import (
	"fmt"
	"iter"
)

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
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

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	even := Filter(Count(1), func(n int) bool { return n%2 == 0 })
	squares := Map(even, func(n int) int { return n * n })
	for v := range Take(squares, 5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	labels := Map(Take(Count(10), 3), func(n int) string { return fmt.Sprintf("#%d", n) })
	for s := range labels {
		fmt.Println(s)
	}
	for v := range Count(100) {
		if v > 102 {
			break
		}
		fmt.Println("v", v)
	}
}
