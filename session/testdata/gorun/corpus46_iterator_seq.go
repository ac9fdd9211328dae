package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

// All yields values in order and stops early when yield returns false.
func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
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

func main() {
	var root *Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = root.Insert(v, func(a, b int) bool { return a < b })
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range root.All() {
		if v > 40 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Filter(root.All(), func(v int) bool { return v%20 == 0 })))
	for i, v := range Enumerate(root.All()) {
		if i == 3 {
			break
		}
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()

	next, stop := iter.Pull(root.All())
	defer stop()
	a, ok1 := next()
	b, ok2 := next()
	fmt.Println(a, ok1, b, ok2)

	ages := map[string]int{"zoe": 31, "al": 25, "mo": 40}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Printf("%s=%d ", k, ages[k])
	}
	fmt.Println()
	words := strings.Fields("the quick brown fox")
	for i, w := range slices.Backward(words) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
}
