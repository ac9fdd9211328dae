package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// All yields items from top to bottom.
func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
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

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	s := &Stack[string]{}
	for _, w := range strings.Fields("one two three four") {
		s.Push(w)
	}
	for i, v := range s.All() {
		fmt.Println(i, v)
		if i == 2 {
			break
		}
	}

	sq := Map(Filter(Naturals(), func(n int) bool { return n%2 == 1 }), func(n int) string {
		return fmt.Sprint(n * n)
	})
	fmt.Println(slices.Collect(Take(sq, 5)))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)

	next, stop := iter.Pull(Take(Naturals(), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	for i, w := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
}
