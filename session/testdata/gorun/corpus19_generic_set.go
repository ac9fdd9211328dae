package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s Set[T]) Remove(v T)       { delete(s.m, v) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		r.Add(v)
	}
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T interface {
	comparable
	~string | ~int
}](s Set[T]) []T {
	return slices.Sorted(s.All())
}

func (s Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)))
	fmt.Println(Sorted(a.Intersect(b)))
	fmt.Println(a.Has(2), b.Has(2))
	a.Remove(1)
	fmt.Println(a, a.Len())
	words := NewSet(strings.Fields("to be or not to be")...)
	fmt.Println(words.Len(), Sorted(words))
	fmt.Printf("%v %s\n", words, b)
}
