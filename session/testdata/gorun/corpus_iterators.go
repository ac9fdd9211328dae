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
	for v := range Countdown(3) {
		fmt.Println(v)
	}
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	for v := range Countdown(10) {
		if v < 8 {
			break
		}
		fmt.Println("early", v)
	}
	m := map[string]int{"x": 1, "y": 2}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	fmt.Println(slices.Collect(Countdown(4)))
}
