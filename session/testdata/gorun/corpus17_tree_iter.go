package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return
		}
	}
	*p = &node[T]{val: v}
	t.size++
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.root.walk(yield)
	}
}

func (n *node[T]) walk(yield func(T) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.val) && n.right.walk(yield)
}

func main() {
	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 3} {
		t.Insert(v)
	}
	fmt.Println("size", t.size)
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range t.All() {
		if v > 5 {
			fmt.Println("first above 5:", v)
			break
		}
	}
	var words Tree[string]
	for _, w := range []string{"pear", "apple", "fig"} {
		words.Insert(w)
	}
	for w := range words.All() {
		fmt.Println(w)
	}
}
