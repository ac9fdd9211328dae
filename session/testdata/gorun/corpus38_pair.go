package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Pair[K any, V any] struct {
	Key K
	Val V
}

func MakePair[K, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

type Triple[A, B, C any] struct {
	First  A
	Second B
	Third  C
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	p := MakePair("age", 42)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%v\n", p.Swap())
	fmt.Println(p, p.Key, p.Val)

	t := Triple[int, string, bool]{1, "one", true}
	fmt.Printf("%v %+v\n", t, t)

	pairs := Zip([]string{"c", "a", "b"}, []int{3, 1, 2, 99})
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)
	fmt.Printf("%+v\n", pairs)

	nested := MakePair(MakePair(1, 2.5), []string{"x"})
	fmt.Printf("%v | %+v\n", nested, nested)
	ptr := &Pair[string, float64]{"pi", 3.14}
	fmt.Printf("%v %+v\n", ptr, *ptr)
	fmt.Println(p == MakePair("age", 42), p == Pair[string, int]{})
}
