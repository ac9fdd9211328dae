package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Set is a generic set built on a map.
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
func (s *Set[T]) Remove(v T)        { delete(s.m, v) }
func (s *Set[T]) Contains(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) All() iter.Seq[T]  { return maps.Keys(s.m) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		r.Add(v)
	}
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if o.Contains(v) {
			r.Add(v)
		}
	}
	return r
}

func sortedStrings(s *Set[string]) []string {
	return slices.Sorted(s.All())
}

func main() {
	a := NewSet("go", "rust", "zig")
	b := NewSet("go", "python", "zig", "c")

	fmt.Println("a:", sortedStrings(a))
	fmt.Println("b:", sortedStrings(b))
	fmt.Println("union:", sortedStrings(a.Union(b)))
	fmt.Println("intersection:", sortedStrings(a.Intersect(b)))
	fmt.Println("contains rust?", a.Contains("rust"), "contains c?", a.Contains("c"))

	a.Remove("rust")
	fmt.Println("after remove:", strings.Join(sortedStrings(a), ","), a.Len())

	nums := NewSet[int]()
	for i := range 10 {
		nums.Add(i % 4)
	}
	fmt.Println("nums:", slices.Sorted(nums.All()), "len", nums.Len())

	// stop early
	count := 0
	for range nums.All() {
		count++
		if count == 2 {
			break
		}
	}
	fmt.Println("stopped after", count)
}
