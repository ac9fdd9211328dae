package main

import (
	"cmp"
	"fmt"
)

type Tree[K cmp.Ordered, V any] struct {
	root *treeNode[K, V]
	n    int
}

type treeNode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	t.root = t.put(t.root, k, v)
}

func (t *Tree[K, V]) put(n *treeNode[K, V], k K, v V) *treeNode[K, V] {
	if n == nil {
		t.n++
		return &treeNode[K, V]{key: k, val: v}
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

func (t *Tree[K, V]) Walk(visit func(K, V)) {
	var walk func(*treeNode[K, V])
	walk = func(n *treeNode[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		visit(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func Height[K cmp.Ordered, V any](n *treeNode[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(Height(n.left), Height(n.right))
}

func main() {
	t := &Tree[string, int]{}
	for i, w := range []string{"m", "c", "x", "a", "e", "m"} {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Printf("%s=%d ", k, v) })
	fmt.Println()
	fmt.Println("size", t.n, "height", Height(t.root))
	v, ok := t.Get("e")
	fmt.Println(v, ok)
	v, ok = t.Get("q")
	fmt.Println(v, ok)
	nums := Tree[float64, []string]{}
	nums.Put(2.5, []string{"b"})
	nums.Put(-1, nil)
	nums.Walk(func(k float64, v []string) { fmt.Println(k, v, v == nil) })
}
