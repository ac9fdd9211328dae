package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func MaxBy[T any](xs []T, less func(a, b T) bool) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if less(best, x) {
			best = x
		}
	}
	return best, true
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]Celsius{10, 20.5}))
	words := []string{"kiwi", "apple", "fig", "banana"}
	fmt.Println(Map(words, strings.ToUpper), Map(words, func(s string) int { return len(s) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 }))
	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)
	best, ok := MaxBy(pairs, func(a, b Pair[string, int]) bool { return a.Val < b.Val })
	fmt.Println(best, ok)
	_, ok = MaxBy([]int{}, func(a, b int) bool { return a < b })
	fmt.Println(ok)
	sorted := slices.Clone(words)
	slices.Sort(sorted)
	fmt.Println(sorted, words, slices.Contains(words, "fig"), slices.Index(sorted, "kiwi"))
	fmt.Println(slices.Max([]int{3, 9, 2}), min(3, 1, 2), max(2.5, 1))
	fmt.Printf("%T %v\n", Pair[string, int]{"x", 1}, Pair[int, bool]{1, true})
}
