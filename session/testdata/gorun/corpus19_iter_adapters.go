package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	first := slices.Collect(Take(squares, 5))
	fmt.Println(first)

	words := slices.Values([]string{"go", "rust", "zig", "python", "c"})
	upper := Map(Filter(words, func(s string) bool { return len(s) > 2 }), strings.ToUpper)
	fmt.Println(slices.Collect(upper))

	sum := Reduce(Take(Naturals(), 10), 0, func(a, n int) int { return a + n })
	fmt.Println("sum 1..10 =", sum)
	joined := Reduce(words, "", func(a string, s string) string {
		if a == "" {
			return s
		}
		return a + "," + s
	})
	fmt.Println(joined)
}
