package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}
func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if !o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), Sorted(a.Diff(b)), Sorted(b.Diff(a)))
	fmt.Println(a.Has(2), b.Has(2), a.Len(), len(a.Union(b)))
	words := NewSet(strings.Fields("go is fun and go is fast")...)
	fmt.Println(Sorted(words), words.Len())
	c := a
	c.Add(99)
	fmt.Println(a.Has(99), Sorted(a))
	u := a.Union(nil)
	u.Add(-1)
	fmt.Println(a.Has(-1), Sorted(u))
	fmt.Println(maps.Equal(NewSet("x", "y"), NewSet("y", "x")), len(Set[string]{}))
	e := Set[rune]{}
	for _, r := range "hello" {
		e.Add(r)
	}
	fmt.Println(string(Sorted(e)))
}
