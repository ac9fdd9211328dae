package main

import (
	"fmt"
	"iter"
	"maps"
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
	squares := Map(Naturals(), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 6)))

	words := strings.Fields("the cat sat on the mat the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		fmt.Printf("%s=%d ", k, freq[k])
	}
	fmt.Println()

	upper := slices.Collect(Map(slices.Values(words[:3]), strings.ToUpper))
	fmt.Println(upper)

	for i, w := range slices.All(words) {
		if i >= 2 {
			break
		}
		fmt.Println(i, w)
	}
}
