package main

import (
	"errors"
	"fmt"
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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func MaxOf[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Size() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type MyInt int

func main() {
	ints := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(Sum(ints), Sum([]float64{1.5, 2.25}), Sum([]MyInt{4, 5}))
	fmt.Println(Map(ints, func(i int) string { return strings.Repeat("*", i) })[:3])
	evens := Filter(ints, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Reduce(ints, "", func(acc string, i int) string { return acc + fmt.Sprint(i) }))
	fmt.Println(Contains([]string{"a", "b"}, "b"), Contains(ints, 9))
	fmt.Println(MaxOf(3, 7), MaxOf("apple", "banana"), MaxOf[float64](2, 1.5))
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	fmt.Println(s.Size())
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println("popped", v)
	}
	p := Pair[string, int]{"age", 30}
	fmt.Printf("%v %+v\n", p, p)
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(Map(ps, func(p Pair[string, int]) int { return p.Val * 10 }))
}
