package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	for i := range Countdown(3) {
		fmt.Println(i)
	}
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
	odd := Filter(Countdown(9), func(n int) bool { return n%2 == 1 })
	fmt.Println(slices.Collect(odd))

	m := map[string]int{"one": 1, "two": 2, "three": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, v := range slices.Backward([]int{7, 8, 9}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	m2 := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(m2)
}
