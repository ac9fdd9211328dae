package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)        { delete(s, v) }
func (s Set[T]) Contains(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

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
		if o.Contains(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		if !o.Contains(v) {
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

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for v := range s {
		parts = append(parts, fmt.Sprint(v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a:", a, "b:", b)
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("intersect:", a.Intersect(b))
	fmt.Println("a - b:", a.Difference(b))
	fmt.Println("b - a:", Sorted(b.Difference(a)))
	a.Remove(1)
	fmt.Println(a.Contains(1), a.Contains(2), a.Len())

	seen := NewSet[string]()
	var dups []string
	for _, w := range strings.Fields("the quick fox and the lazy dog and the cat") {
		if seen.Contains(w) {
			dups = append(dups, w)
			continue
		}
		seen.Add(w)
	}
	fmt.Println("duplicates:", dups)
	fmt.Printf("unique words: %d %v\n", seen.Len(), seen)
}
