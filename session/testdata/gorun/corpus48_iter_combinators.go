package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[In, Out any](seq iter.Seq[In], f func(In) Out) iter.Seq[Out] {
	return func(yield func(Out) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
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
	odds := Filter(Naturals(), func(n int) bool { return n%2 == 1 })
	squares := Map(odds, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)))

	words := slices.Values([]string{"go", "iterators", "are", "neat", "and", "composable"})
	long := Filter(words, func(s string) bool { return len(s) > 3 })
	upper := Map(long, strings.ToUpper)
	for w := range upper {
		fmt.Println(w)
	}
}
