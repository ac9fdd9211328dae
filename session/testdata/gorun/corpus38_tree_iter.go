package main

import (
	"cmp"
	"fmt"
	"iter"
)

// Tree is a binary search tree ordered by cmp.Compare.
type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[T]{val: v}
	t.size++
	return true
}

// All yields the values in ascending order.
func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.root.push(yield)
	}
}

func (n *node[T]) push(yield func(T) bool) bool {
	if n == nil {
		return true
	}
	return n.left.push(yield) && yield(n.val) && n.right.push(yield)
}

// Backward yields the values in descending order.
func (t *Tree[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		var walk func(n *node[T]) bool
		walk = func(n *node[T]) bool {
			if n == nil {
				return true
			}
			return walk(n.right) && yield(n.val) && walk(n.left)
		}
		walk(t.root)
	}
}

func (t *Tree[T]) Len() int { return t.size }

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		if !t.Insert(v) {
			fmt.Println("duplicate:", v)
		}
	}
	fmt.Println("size:", t.Len())

	fmt.Print("ascending:")
	for v := range t.All() {
		fmt.Print(" ", v)
	}
	fmt.Println()

	fmt.Print("descending:")
	for v := range t.Backward() {
		fmt.Print(" ", v)
	}
	fmt.Println()

	fmt.Print("first three:")
	n := 0
	for v := range t.All() {
		if n == 3 {
			break
		}
		fmt.Print(" ", v)
		n++
	}
	fmt.Println()

	words := &Tree[string]{}
	for _, w := range []string{"pear", "apple", "fig", "kiwi"} {
		words.Insert(w)
	}
	for w := range words.All() {
		fmt.Printf("%q ", w)
	}
	fmt.Println()
}
