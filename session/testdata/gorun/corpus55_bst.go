package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type BST[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

func (t *BST[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.n++
}

func (t *BST[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

// InOrder yields keys and values in ascending key order.
func (t *BST[K, V]) InOrder() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(*node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *BST[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.InOrder() {
			if !yield(k) {
				return
			}
		}
	}
}

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	t := &BST[int, string]{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	fmt.Println("size:", t.n, "height:", height(t.root))
	for k, v := range t.InOrder() {
		fmt.Printf("%d=%s ", k, v)
	}
	fmt.Println()
	fmt.Println("keys:", slices.Collect(t.Keys()))
	if v, ok := t.Get(65); ok {
		fmt.Println("65 ->", v)
	}
	_, ok := t.Get(66)
	fmt.Println("66 present:", ok)

	for k := range t.Keys() {
		if k > 40 {
			fmt.Println("first key > 40:", k)
			break
		}
	}

	words := &BST[string, int]{}
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple"} {
		words.Put(w, i)
	}
	fmt.Println(slices.Collect(words.Keys()), words.n)
}
