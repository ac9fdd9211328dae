package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Remove(v T)   { delete(s, v) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		out.Add(v)
	}
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)))
	fmt.Println(Sorted(a.Intersect(b)))
	a.Remove(1)
	fmt.Println(a.Has(1), a.Has(2), a.Len())
	tags := NewSet("go", "generics", "go")
	fmt.Println(tags.Len(), Sorted(tags))
	type pt struct{ X, Y int }
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{0, 0})
	fmt.Println(ps.Len(), ps.Has(pt{0, 0}))
	fmt.Println(len(NewSet[string]()))
}
