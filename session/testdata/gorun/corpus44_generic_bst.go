package main

import (
	"cmp"
	"fmt"
	"strings"
)

type BST[K cmp.Ordered, V any] struct {
	root *entry[K, V]
	size int
}

type entry[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *entry[K, V]
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
	*p = &entry[K, V]{key: k, val: v}
	t.size++
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

func (t *BST[K, V]) Walk(f func(K, V)) {
	var rec func(*entry[K, V])
	rec = func(e *entry[K, V]) {
		if e != nil {
			rec(e.left)
			f(e.key, e.val)
			rec(e.right)
		}
	}
	rec(t.root)
}

func main() {
	counts := &BST[string, int]{}
	text := "the quick brown fox jumps over the lazy dog the end"
	for _, w := range strings.Fields(text) {
		c, _ := counts.Get(w)
		counts.Put(w, c+1)
	}
	fmt.Println("distinct words:", counts.size)
	counts.Walk(func(k string, v int) {
		fmt.Printf("%-6s %d\n", k, v)
	})
	if v, ok := counts.Get("fox"); ok {
		fmt.Println("fox ->", v)
	}
	_, ok := counts.Get("cat")
	fmt.Println("cat found:", ok)

	byScore := &BST[float64, []string]{}
	byScore.Put(9.5, []string{"ann"})
	byScore.Put(7.25, []string{"bob", "cy"})
	byScore.Put(8.0, nil)
	byScore.Walk(func(k float64, v []string) { fmt.Println(k, v, len(v)) })
}
