package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](vals ...T) Set[T] {
	s := make(Set[T])
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)        { delete(s, v) }
func (s Set[T]) Contains(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s {
		r.Add(v)
	}
	for v := range o {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s {
		if o.Contains(v) {
			r.Add(v)
		}
	}
	return r
}

func sortedStrings(s Set[string]) string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, ", ") + "}"
}

func main() {
	a := NewSet("apple", "banana", "cherry")
	b := NewSet("banana", "date", "cherry")
	fmt.Println("a:", sortedStrings(a))
	fmt.Println("b:", sortedStrings(b))
	fmt.Println("union:", sortedStrings(a.Union(b)))
	fmt.Println("intersect:", sortedStrings(a.Intersect(b)))
	a.Remove("apple")
	fmt.Println("contains apple?", a.Contains("apple"), "len", a.Len())

	nums := NewSet(1, 2, 3, 2, 1)
	fmt.Println("nums len:", nums.Len(), nums.Contains(3), nums.Contains(4))
}
