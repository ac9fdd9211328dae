package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(vs ...T) {
	for _, v := range vs {
		p := &t.root
		for *p != nil {
			switch c := cmp.Compare(v, (*p).val); {
			case c < 0:
				p = &(*p).left
			case c > 0:
				p = &(*p).right
			default:
				goto next
			}
		}
		*p = &node[T]{val: v}
		t.size++
	next:
	}
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		var walk func(n *node[T]) bool
		walk = func(n *node[T]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[T]) Depth() int {
	var d func(*node[T]) int
	d = func(n *node[T]) int {
		if n == nil {
			return 0
		}
		return 1 + max(d(n.left), d(n.right))
	}
	return d(t.root)
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

func main() {
	var t Tree[int]
	t.Insert(50, 30, 70, 20, 40, 60, 80, 30, 65)
	fmt.Println(t.size, t.Depth())
	for v := range t.All() {
		fmt.Print(v, " ")
		if v >= 60 {
			break
		}
	}
	fmt.Println()
	fmt.Println(slices.Collect(Filter(t.All(), func(v int) bool { return v%20 == 0 })))
	var words Tree[string]
	words.Insert("pear", "apple", "fig", "banana", "apple")
	fmt.Println(slices.Collect(words.All()), words.size)
	sorted := slices.Sorted(Filter(words.All(), func(s string) bool { return len(s) > 3 }))
	fmt.Println(sorted, slices.Index(sorted, "pear"))
}
