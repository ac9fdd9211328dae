package main

import (
	"cmp"
	"fmt"
)

// The exported methods come first and call helpers declared below them,
// as tutorials write them.
type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) {
	t.root = t.insert(t.root, v)
}

func (t *Tree[T]) Values() []T {
	var out []T
	t.walk(t.root, func(v T) { out = append(out, v) })
	return out
}

func (t *Tree[T]) Len() int { return t.size }

func (t *Tree[T]) insert(n *node[T], v T) *node[T] {
	if n == nil {
		t.grow()
		return &node[T]{val: v}
	}
	if v < n.val {
		n.left = t.insert(n.left, v)
	} else {
		n.right = t.insert(n.right, v)
	}
	return n
}

func (t *Tree[T]) walk(n *node[T], visit func(T)) {
	if n != nil {
		t.walk(n.left, visit)
		visit(n.val)
		t.walk(n.right, visit)
	}
}

func (t *Tree[T]) grow() { t.size++ }

type Counter[K comparable] struct{ counts map[K]int }

func (c Counter[K]) Add(k K) Counter[K] {
	add := c.bump
	add(k)
	return c
}

func (c Counter[K]) bump(k K) { c.counts[k]++ }

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t.Insert(v)
	}
	fmt.Println(t.Values(), t.Len())
	words := &Tree[string]{}
	words.Insert("pear")
	words.Insert("apple")
	fmt.Println(words.Values(), words.Len())
	c := Counter[string]{counts: map[string]int{}}
	c.Add("a").Add("b").Add("a")
	fmt.Println(c.counts["a"], c.counts["b"])
}
