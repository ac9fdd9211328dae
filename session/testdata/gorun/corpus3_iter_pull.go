package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
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

// Zip pairs two sequences with iter.Pull until the shorter ends.
func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(as)
		defer stopA()
		nextB, stopB := iter.Pull(bs)
		defer stopB()
		for {
			a, ok1 := nextA()
			b, ok2 := nextB()
			if !ok1 || !ok2 || !yield(a, b) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Fib(), 10)))

	next, stop := iter.Pull(Fib())
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	for a, b := range Zip(slices.Values([]string{"x", "y", "z"}), Take(Fib(), 2)) {
		fmt.Println(a, b)
	}

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	next2, stop2 := iter.Pull2(maps.All(m))
	defer stop2()
	total := 0
	for {
		_, v, ok := next2()
		if !ok {
			break
		}
		total += v
	}
	fmt.Println("total", total)
}
