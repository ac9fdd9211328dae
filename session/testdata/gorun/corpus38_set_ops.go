package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)        { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool   { _, ok := s[v]; return ok }
func (s Set[T]) Sorted() []T    { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) String() string { return fmt.Sprint(s.Sorted()) }

func (s Set[T]) Union(o Set[T]) []T {
	out := maps.Clone(s)
	maps.Copy(out, o)
	return Set[T](out).Sorted()
}

func (s Set[T]) Intersect(o Set[T]) []T {
	var out []T
	for v := range s {
		if o.Has(v) {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) Difference(o Set[T]) []T {
	out := []T{}
	for v := range s {
		if !o.Has(v) {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) IsSubset(o Set[T]) bool {
	for v := range s {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func main() {
	a := NewSet(5, 1, 3, 7, 9)
	b := NewSet(3, 4, 5, 6)
	fmt.Println("a:", a, "b:", b)
	fmt.Println("union:", a.Union(b))
	fmt.Println("intersect:", a.Intersect(b))
	fmt.Println("a-b:", a.Difference(b), "b-a:", b.Difference(a))
	fmt.Println(NewSet(3, 5).IsSubset(a), b.IsSubset(a))

	langs := NewSet("go", "rust", "c")
	other := NewSet("c", "zig")
	fmt.Printf("%v %d %q\n", langs.Union(other), len(langs), langs.Intersect(other))
	empty := NewSet[float64]()
	fmt.Println(empty.Intersect(NewSet(1.5)) == nil, empty.Difference(NewSet(2.0)), len(empty))
}
