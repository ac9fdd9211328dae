package main

import (
	"fmt"
	"iter"
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

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
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
		if v > 45 {
			fmt.Println("first above 45:", v)
			break
		}
	}
}
