package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
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
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Primes() iter.Seq[int] {
	return Filter(Naturals(), func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
}

func main() {
	fmt.Println(slices.Collect(Take(Primes(), 10)))
	sq := Map(Take(Naturals(), 6), func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(strings.Join(slices.Collect(sq), ","))

	next, stop := iter.Pull(Primes())
	for range 3 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println("| after stop:", v, ok)

	ages := map[string]int{"zoe": 31, "adam": 25, "mia": 40}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Printf("%s:%d ", k, ages[k])
	}
	fmt.Println()
	fmt.Println(slices.Sorted(maps.Values(ages)))

	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	m := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(m)
	for w := range strings.SplitSeq("a-b-c", "-") {
		fmt.Print("[", w, "]")
	}
	fmt.Println()
}
