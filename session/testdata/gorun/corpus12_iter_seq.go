package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := start; ; n += step {
			if !yield(n) {
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

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
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

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.Walk(yield) }
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func main() {
	odd := func(n int) bool { return n%2 == 1 }
	for v := range Take(Filter(Count(1, 1), odd), 5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Count(10, -3), 4)))
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = insert(root, v)
	}
	for v := range root.All() {
		if v > 60 {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
	next, stop := iter.Pull(root.All())
	a, ok1 := next()
	b, ok2 := next()
	stop()
	_, ok3 := next()
	fmt.Println(a, ok1, b, ok2, ok3)

	ages := map[string]int{"bob": 31, "al": 25, "cy": 40}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Printf("%s:%d ", k, ages[k])
	}
	fmt.Println()
	for i, w := range strings.Fields("one two three") {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
	for line := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print("[", line, "]")
	}
	fmt.Println()
}
