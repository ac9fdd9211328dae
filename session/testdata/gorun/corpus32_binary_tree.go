package main

import (
	"cmp"
	"fmt"
)

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

func (t *Tree[T]) Contains(v T) bool {
	n := t.root
	for n != nil {
		if v < n.val {
			n = n.left
		} else if v > n.val {
			n = n.right
		} else {
			return true
		}
	}
	return false
}

func (n *node[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.val)
	n.right.walk(f)
}

func (n *node[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func (t *Tree[T]) InOrder() []T {
	var out []T
	t.root.walk(func(v T) { out = append(out, v) })
	return out
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		if !t.Insert(v) {
			fmt.Println("duplicate", v)
		}
	}
	fmt.Println(t.InOrder(), t.size, t.root.height())
	fmt.Println(t.Contains(60), t.Contains(65))

	var words Tree[string]
	for _, w := range []string{"pear", "apple", "fig", "kiwi"} {
		words.Insert(w)
	}
	fmt.Println(words.InOrder())
}
