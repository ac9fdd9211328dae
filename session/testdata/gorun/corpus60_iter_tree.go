package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[T cmp.Ordered] struct {
	root *node[T]
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if v < (*p).val {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[T]{val: v}
}

// All walks the tree in order; stopping early stops the walk.
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

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		t.Insert(v)
	}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for v := range t.All() {
		if v > 45 {
			fmt.Println("first above 45:", v)
			break
		}
	}

	var words Tree[string]
	for _, w := range []string{"pear", "apple", "fig"} {
		words.Insert(w)
	}
	count := 0
	for range words.All() {
		count++
	}
	fmt.Println(count, "words")
}
