package main

import (
	"fmt"
	"iter"
	"maps"
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

func (s Set[T]) Add(v T)             { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)          { delete(s, v) }
func (s Set[T]) Has(v T) bool        { _, ok := s[v]; return ok }
func (s Set[T]) Len() int            { return len(s) }
func (s Set[T]) All() iter.Seq[T]    { return maps.Keys(s) }
func (s Set[T]) Clone() Set[T]       { return maps.Clone(s) }
func (s Set[T]) Equal(o Set[T]) bool { return maps.Equal(s, o) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := s.Clone()
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	out := s.Clone()
	for v := range o {
		out.Remove(v)
	}
	return out
}

type Coord struct{ R, C int }

func Sorted[T comparable](s Set[T], less func(a, b T) int) []T {
	return slices.SortedFunc(s.All(), less)
}

func main() {
	a := NewSet(strings.Split("go rust zig c go", " ")...)
	b := NewSet("c", "python", "go")
	fmt.Println(a.Len(), a.Has("go"), a.Has("java"))
	fmt.Println("union:", slices.Sorted(a.Union(b).All()))
	fmt.Println("inter:", slices.Sorted(a.Intersect(b).All()))
	fmt.Println("diff: ", slices.Sorted(a.Diff(b).All()))
	fmt.Println(a) // fmt sorts map keys
	fmt.Println(a.Equal(a.Clone()), a.Equal(b), len(a.Diff(a)))

	visited := Set[Coord]{}
	grid := []string{
		"..#.",
		".##.",
		"....",
	}
	var walls []Coord
	for r, row := range grid {
		for c, ch := range row {
			if ch == '#' {
				walls = append(walls, Coord{r, c})
				visited.Add(Coord{r, c})
			}
		}
	}
	visited.Add(Coord{0, 2})
	fmt.Println(visited.Len(), walls)
	byRowCol := func(x, y Coord) int {
		if x.R != y.R {
			return x.R - y.R
		}
		return x.C - y.C
	}
	fmt.Println(Sorted(visited, byRowCol))
	fmt.Printf("%v %T\n", visited.Has(Coord{1, 1}), visited)

	evens := NewSet[int]()
	for i := range 10 {
		if i%2 == 0 {
			evens.Add(i)
		}
	}
	small := NewSet(0, 1, 2, 3)
	fmt.Println(evens, small.Intersect(evens), evens.Diff(small).Len())
	for v := range evens.All() {
		evens.Remove(v)
	}
	fmt.Println(evens, evens.Len())
}
