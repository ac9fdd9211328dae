package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(xs))}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) Add(x T)           { s.m[x] = struct{}{} }
func (s *Set[T]) Contains(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.Add(k)
	}
	for k := range o.m {
		out.Add(k)
	}
	return out
}

func Sorted[T cmp.Ordered](s *Set[T]) []T {
	return slices.Sorted(maps.Keys(s.m))
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

type Score int

func main() {
	a := NewSet(3, 1, 2)
	b := NewSet(2, 5)
	u := a.Union(b)
	fmt.Println(Sorted(u), u.Len(), u.Contains(5), u.Contains(9))
	words := NewSet(strings.Fields("the cat the hat a cat")...)
	fmt.Println(Sorted(words))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(acc string, n int) string { return acc + fmt.Sprint(n) }))
	fmt.Println(Sum(1.5, 2.25), Sum[Score](10, 20, 12), Sum[int]())
	fmt.Printf("%T %v\n", Sum(Score(1), Score(2)), Sum(Score(1), Score(2)))
	m := map[string][]int{"b": {2}, "a": {1, 1}, "c": nil}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, len(m[k]), " ")
	}
	fmt.Println()
	fmt.Println(slices.MaxFunc([]string{"go", "rust", "c"}, func(x, y string) int { return cmp.Compare(len(x), len(y)) }))
}
