package main

import "fmt"

type node[K comparable, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

func (n *node[K, V]) size() int {
	if n == nil {
		return 0
	}
	return 1 + n.left.size() + n.right.size()
}

func (n *node[K, V]) keys(out []K) []K {
	if n == nil {
		return out
	}
	out = n.left.keys(out)
	out = append(out, n.k)
	return n.right.keys(out)
}

type Tree[K comparable, V any] struct {
	root  *node[K, V]
	less  func(a, b K) bool
	count int
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case t.less(k, (*p).k):
			p = &(*p).left
		case t.less((*p).k, k):
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &node[K, V]{k: k, v: v}
	t.count++
}

func (t *Tree[K, V]) Size() int { return t.root.size() }
func (t *Tree[K, V]) Keys() []K { return t.root.keys(nil) }

func main() {
	t := &Tree[string, int]{less: func(a, b string) bool { return a < b }}
	for i, w := range []string{"m", "d", "x", "a", "f", "d"} {
		t.Put(w, i)
	}
	fmt.Println(t.Size(), t.count, t.Keys())
	u := &Tree[int, bool]{less: func(a, b int) bool { return a > b }}
	u.Put(1, true)
	u.Put(5, false)
	fmt.Println(u.Size(), u.Keys(), u.root.v, u.root.left.v)
}
