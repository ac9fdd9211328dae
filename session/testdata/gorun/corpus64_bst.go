package main

import (
	"cmp"
	"fmt"
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
	t.root = t.put(t.root, k, v)
}

func (t *Tree[K, V]) put(n *node[K, V], k K, v V) *node[K, V] {
	if n == nil {
		t.size++
		return &node[K, V]{key: k, val: v}
	}
	switch c := cmp.Compare(k, n.key); {
	case c < 0:
		n.left = t.put(n.left, k, v)
	case c > 0:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
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

func (t *Tree[K, V]) InOrder(visit func(K, V)) {
	var walk func(*node[K, V])
	walk = func(n *node[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		visit(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *Tree[K, V]) Min() (K, bool) {
	if t.root == nil {
		var zero K
		return zero, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.key, true
}

func main() {
	t := &Tree[string, int]{}
	for i, w := range []string{"mango", "apple", "peach", "banana", "cherry", "apple"} {
		t.Put(w, i)
	}
	t.InOrder(func(k string, v int) {
		fmt.Printf("%s=%d ", k, v)
	})
	fmt.Println()
	fmt.Println("size:", t.size, "height:", height(t.root))
	if v, ok := t.Get("peach"); ok {
		fmt.Println("peach ->", v)
	}
	_, ok := t.Get("kiwi")
	fmt.Println("kiwi found:", ok)
	m, _ := t.Min()
	fmt.Println("min:", m)

	nums := &Tree[int, struct{}]{}
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80} {
		nums.Put(n, struct{}{})
	}
	var keys []int
	nums.InOrder(func(k int, _ struct{}) { keys = append(keys, k) })
	fmt.Println(keys, height(nums.root))
}
