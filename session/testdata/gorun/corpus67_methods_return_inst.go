package main

import (
	"fmt"
	"strings"
)

type Seq[T any] struct {
	items []T
}

func Of[T any](xs ...T) Seq[T] { return Seq[T]{items: xs} }

func (s Seq[T]) Filter(f func(T) bool) Seq[T] {
	var out []T
	for _, x := range s.items {
		if f(x) {
			out = append(out, x)
		}
	}
	return Seq[T]{out}
}

func (s Seq[T]) Reverse() Seq[T] {
	out := make([]T, len(s.items))
	for i, x := range s.items {
		out[len(out)-1-i] = x
	}
	return Seq[T]{out}
}

// A method cannot return Seq[Indexed[T]] (instantiation cycle), so this is a function.
func Enumerate[T any](s Seq[T]) Seq[Indexed[T]] {
	out := make([]Indexed[T], len(s.items))
	for i, x := range s.items {
		out[i] = Indexed[T]{i, x}
	}
	return Of(out...)
}

func (s Seq[T]) Strings() Seq[string] {
	out := make([]string, len(s.items))
	for i, x := range s.items {
		out[i] = fmt.Sprint(x)
	}
	return Seq[string]{out}
}

func (s Seq[T]) Slice() []T { return s.items }

type Indexed[T any] struct {
	I int
	V T
}

func Transform[T, U any](s Seq[T], f func(T) U) Seq[U] {
	out := make([]U, len(s.items))
	for i, x := range s.items {
		out[i] = f(x)
	}
	return Seq[U]{out}
}

func main() {
	s := Of(5, 8, 13, 21, 34)
	odd := s.Filter(func(n int) bool { return n%2 == 1 }).Reverse()
	fmt.Println(odd.Slice())
	for _, e := range Enumerate(odd).Slice() {
		fmt.Printf("%d:%d ", e.I, e.V)
	}
	fmt.Println()
	fmt.Println(strings.Join(s.Strings().Slice(), "+"))
	halves := Transform(s, func(n int) float64 { return float64(n) / 2 })
	fmt.Println(halves.Slice())
	fmt.Printf("%T\n", Enumerate(s))
	fmt.Printf("%+v\n", Enumerate(Of("a", "b")).Slice())
}
