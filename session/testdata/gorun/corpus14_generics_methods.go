package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Vec[T Number] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }
func (v Vec[T]) Scale(k T) Vec[T]    { return Vec[T]{v.X * k, v.Y * k} }
func (v *Vec[T]) Normalize(limit T) {
	if v.X > limit {
		v.X = limit
	}
	if v.Y > limit {
		v.Y = limit
	}
}

type Stack[T any] struct{ items []T }

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

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Meters float64

func SumAll[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	a := Vec[int]{1, 2}
	b := a.Add(Vec[int]{3, 4}).Scale(2)
	fmt.Println(a, b)
	b.Normalize(9)
	fmt.Printf("%+v %T\n", b, b)
	f := Vec[float64]{0.5, 1.5}.Scale(3)
	fmt.Println(f)

	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	copyS := Stack[int]{}
	copyS.Push(1)
	other := copyS
	other.Push(2)
	fmt.Println(copyS.Len(), other.Len())

	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple"), MaxOf(1.5, -2.0))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(SumAll([]Meters{1.5, 2.5}), SumAll([]int{1, 2, 3}))
	fmt.Printf("%T\n", SumAll([]Meters{1}))
	ks := Keys(map[string]int{"only": 1})
	fmt.Println(ks, len(ks))
}
