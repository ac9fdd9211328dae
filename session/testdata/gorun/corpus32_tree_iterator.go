package main

import (
	"cmp"
	"fmt"
	"iter"
)

type BST[K cmp.Ordered, V any] struct {
	root *bstNode[K, V]
}

type bstNode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *bstNode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	t.root = t.root.put(k, v)
}

func (n *bstNode[K, V]) put(k K, v V) *bstNode[K, V] {
	if n == nil {
		return &bstNode[K, V]{k: k, v: v}
	}
	switch {
	case k < n.k:
		n.left = n.left.put(k, v)
	case k > n.k:
		n.right = n.right.put(k, v)
	default:
		n.v = v
	}
	return n
}

func (n *bstNode[K, V]) push(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.push(yield) && yield(n.k, n.v) && n.right.push(yield)
}

func (t *BST[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		t.root.push(yield)
	}
}

func main() {
	var t BST[string, int]
	for i, w := range []string{"m", "d", "x", "a", "f", "d"} {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Println(k, v)
	}
	for k := range t.All() {
		if k > "e" {
			fmt.Println("first after e:", k)
			break
		}
	}
}
