package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Countdown(from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; i > 0; i-- {
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
	for n := range Countdown(3) {
		fmt.Print(n, " ")
	}
	fmt.Println("Go!")

	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}

	evens := slices.Collect(Filter(Countdown(10), func(n int) bool { return n%2 == 0 }))
	fmt.Println(evens)

	ages := map[string]int{"bob": 31, "alice": 29, "carol": 35}
	for _, name := range slices.Sorted(maps.Keys(ages)) {
		fmt.Printf("%s:%d ", name, ages[name])
	}
	fmt.Println()

	for i, w := range slices.All(strings.Fields("learn go with tests")) {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
}
