package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
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
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(slices.Values(nums), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println("squares of evens:", slices.Collect(squares))
	sum := Reduce(squares, 0, func(a, b int) int { return a + b })
	fmt.Println("sum:", sum)

	words := []string{"go", "rust", "zig", "python", "c"}
	upper := Map(Filter(slices.Values(words), func(s string) bool { return len(s) > 1 }), strings.ToUpper)
	fmt.Println(strings.Join(slices.Collect(upper), ","))

	lengths := Reduce(slices.Values(words), map[int]int{}, func(m map[int]int, s string) map[int]int {
		m[len(s)]++
		return m
	})
	fmt.Println("lengths:", lengths)

	odd := Filter(Count(1), func(n int) bool { return n%2 == 1 })
	firstOdd := slices.Collect(Take(Map(odd, func(n int) string { return fmt.Sprintf("<%d>", n) }), 5))
	fmt.Println(firstOdd, len(firstOdd))
}
