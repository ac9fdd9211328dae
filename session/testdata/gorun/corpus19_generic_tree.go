package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
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
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		t.root.walk(yield)
	}
}

func (n *node[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (n *node[K, V]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m d x a f t z b") {
		t.Put(w, i)
	}
	t.Put("f", 100)
	for k, v := range t.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	fmt.Println("size", t.size, "height", t.root.height())
	v, ok := t.Get("t")
	fmt.Println(v, ok)
	_, ok = t.Get("q")
	fmt.Println(ok)
	for k := range t.All() {
		if k > "d" {
			fmt.Println("first after d:", k)
			break
		}
	}
	var nums Tree[float64, string]
	nums.Put(2.5, "b")
	nums.Put(-1, "a")
	for k, v := range nums.All() {
		fmt.Println(k, v)
	}
}
