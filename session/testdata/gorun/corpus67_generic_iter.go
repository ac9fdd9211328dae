package main

import (
	"fmt"
	"iter"
	"slices"
)

func FilterSeq[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	evens := FilterSeq(Naturals(), func(n int) bool { return n%2 == 0 })
	labels := MapSeq(Take(evens, 4), func(n int) string { return fmt.Sprintf("e%d", n) })
	fmt.Println(slices.Collect(labels))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	words := slices.Values([]string{"go", "is", "fun"})
	fmt.Println(slices.Collect(MapSeq(words, func(s string) int { return len(s) })))
	fmt.Println(slices.Collect(Take(Naturals(), 0)))
}
