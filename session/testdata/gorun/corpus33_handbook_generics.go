// Generics as cheat sheets show them: constraints, generic types, inference.
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
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]float64{1.5, 2.5}))
	fmt.Println(Sum([]Celsius{10, 20.5}))

	words := []string{"go", "generics", "are", "neat"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Map(words, strings.ToUpper))
	fmt.Println(Filter(lens, func(n int) bool { return n > 2 }))
	fmt.Println(Reduce(words, "", func(acc string, w string) string { return acc + w[:1] }))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "a", "c"), MaxOf[float64](1, 2.5))

	var st Stack[string]
	st.Push("a")
	st.Push("b")
	fmt.Println(st.Len())
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)
	fmt.Printf("%v %T\n", pairs[0], pairs[0])

	nums := []int{5, 2, 8, 1}
	slices.Sort(nums)
	idx, found := slices.BinarySearch(nums, 5)
	fmt.Println(nums, idx, found, slices.Contains(nums, 8), slices.Index(nums, 2))
	fmt.Println(min(3, 1, 2), max(2.5, 1.0))
}
