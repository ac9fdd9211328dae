package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func TakeWhile[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if !pred(v) || !yield(v) {
				return
			}
		}
	}
}

func Skip[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if n > 0 {
				n--
				continue
			}
			if !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Uniq[T comparable](seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		seen := map[T]bool{}
		for v := range seq {
			if seen[v] {
				continue
			}
			seen[v] = true
			if !yield(v) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func main() {
	small := TakeWhile(Fib(), func(n int) bool { return n < 100 })
	fmt.Println(slices.Collect(small))
	fmt.Println(slices.Collect(Skip(small, 8)))

	for i, v := range Enumerate(Uniq(slices.Values([]string{"a", "b", "a", "c", "b", "d"}))) {
		fmt.Printf("%d=%s ", i, v)
	}
	fmt.Println()

	pos := maps.Collect(Enumerate(slices.Values([]rune("héllo"))))
	fmt.Println(len(pos), string(pos[1]))

	total := 0
	for v := range Fib() {
		if v > 1000 {
			break
		}
		if v%2 == 0 {
			total += v
		}
	}
	fmt.Println("even fib sum:", total)

	sorted := slices.Sorted(Uniq(slices.Values([]int{5, 3, 5, 1, 3})))
	fmt.Println(sorted, slices.Index(sorted, 5))
}
