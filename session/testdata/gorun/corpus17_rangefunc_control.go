package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range n {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
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

func find(target int) (int, int) {
	for i, j := range Pairs(5) {
		if i+j == target {
			return i, j
		}
	}
	return -1, -1
}

func main() {
	count := 0
outer:
	for i, j := range Pairs(4) {
		if j == 3 {
			continue
		}
		for k := range 3 {
			if k == i {
				continue outer
			}
		}
		fmt.Println("pair", i, j)
		count++
	}
	fmt.Println("count", count)
	fmt.Println(find(5))
	fmt.Println(find(100))
	evens := Filter(slices.Values([]int{1, 2, 3, 4, 5, 6}), func(n int) bool { return n%2 == 0 })
	labels := Map(evens, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(slices.Collect(labels))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println(sum)
	var fs []func() int
	for i := range slices.Values([]int{10, 20, 30}) {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
