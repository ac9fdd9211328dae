package main

import (
	"fmt"
	"iter"
	"slices"
	"sort"
)

// List keeps its elements in order (value receivers where it reads).
type List[T any] struct{ xs []T }

func (l *List[T]) Add(v T)    { l.xs = append(l.xs, v) }
func (l List[T]) Len() int    { return len(l.xs) }
func (l List[T]) Get(i int) T { return l.xs[i] }
func (l List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range l.xs {
			if !yield(x) {
				return
			}
		}
	}
}

// Set keeps each element once (pointer receivers throughout).
type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: map[T]bool{}} }

func (s *Set[T]) Add(v T)      { s.m[v] = true }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Has(v T) bool { return s.m[v] }
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s.m {
			if !yield(v) {
				return
			}
		}
	}
}

// Tree is a binary search tree with methods named like the others'.
type Tree[T int | string] struct {
	root *node[T]
	n    int
}

type node[T int | string] struct {
	v           T
	left, right *node[T]
}

func (t *Tree[T]) Add(v T) {
	p := &t.root
	for *p != nil {
		if v < (*p).v {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[T]{v: v}
	t.n++
}

func (t *Tree[T]) Len() int { return t.n }

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		var walk func(n *node[T]) bool
		walk = func(n *node[T]) bool {
			return n == nil || walk(n.left) && yield(n.v) && walk(n.right)
		}
		walk(t.root)
	}
}

func main() {
	l := &List[int]{}
	for i := range 4 {
		l.Add(i * i)
	}
	fmt.Println(l.Len(), l.Get(3), slices.Collect(l.All()))

	s := NewSet[int]()
	t := &Tree[int]{}
	for _, v := range []int{5, 3, 5, 8, 1, 3} {
		s.Add(v)
		t.Add(v)
	}
	fmt.Println(s.Len(), t.Len(), s.Has(8), s.Has(2))
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	keys := slices.Collect(s.All())
	sort.Ints(keys)
	fmt.Println(keys)

	names := &Tree[string]{}
	for _, n := range []string{"mia", "ada", "zoe"} {
		names.Add(n)
	}
	all := names.All()
	fmt.Println(slices.Collect(all), names.Len())

	var ls List[string]
	ls.Add("x")
	ls.Add("y")
	count := ls.Len
	fmt.Println(count(), ls.Get(1))
}
