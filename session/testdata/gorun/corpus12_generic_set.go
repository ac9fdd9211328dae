package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Contains(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }

func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	return out
}

func SortedItems[T cmp.Ordered](s *Set[T]) []T {
	items := s.Items()
	slices.Sort(items)
	return items
}

type Tree[T cmp.Ordered] struct {
	root *treeNode[T]
	size int
}

type treeNode[T cmp.Ordered] struct {
	val         T
	left, right *treeNode[T]
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
	*p = &treeNode[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) InOrder(visit func(T)) {
	var walk func(n *treeNode[T])
	walk = func(n *treeNode[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		visit(n.val)
		walk(n.right)
	}
	walk(t.root)
}

type Stringer interface{ String() string }

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	s := NewSet(3, 1, 4, 1, 5, 9, 2, 6, 5)
	fmt.Println(s.Len(), s.Contains(4), s.Contains(7), SortedItems(s))
	words := NewSet(strings.Fields("to be or not to be")...)
	fmt.Println(SortedItems(words))

	var t Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e", "c"} {
		t.Insert(w)
	}
	var out []string
	t.InOrder(func(s string) { out = append(out, s) })
	fmt.Println(out, t.size)

	fmt.Println(JoinAll([]Color{2, 0, 1}, ", "))
	ages := map[string]int{"zed": 40, "amy": 22, "bob": 35}
	fmt.Println(Keys(ages))
	groups := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry"}, func(s string) byte { return s[0] })
	for _, k := range Keys(groups) {
		fmt.Printf("%c: %v\n", k, groups[k])
	}
}
