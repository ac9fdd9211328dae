package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
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

// All yields the entries in key order and stops as soon as yield says so.
func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Book struct {
	Title string
	Year  int
}

func main() {
	var words Tree[string, int]
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		n, _ := words.Get(w)
		words.Put(w, n+1)
	}
	fmt.Println("size", words.size, "height", words.Height())
	for k, v := range words.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	for k := range words.Keys() {
		if k > "l" {
			fmt.Println("first after l:", k)
			break
		}
	}

	var lib Tree[int, Book]
	lib.Put(1965, Book{"Dune", 1965})
	lib.Put(1951, Book{"Foundation", 1951})
	lib.Put(1984, Book{"Neuromancer", 1984})
	lib.Put(1969, Book{"Ubik", 1969})
	count := 0
	for year, b := range lib.All() {
		fmt.Printf("%d %+v\n", year, b)
		count++
		if count == 3 {
			break
		}
	}
	b, ok := lib.Get(2001)
	fmt.Printf("%q %d %v\n", b.Title, b.Year, ok)

	var fl Tree[float64, []string]
	fl.Put(2.5, []string{"x"})
	fl.Put(-1, nil)
	fl.Put(2.5, append([]string{"y"}, "z"))
	for k, v := range fl.All() {
		fmt.Println(k, v, len(v))
	}
}
