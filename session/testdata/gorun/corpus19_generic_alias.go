package main

import (
	"fmt"
	"slices"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Set[T comparable] = map[T]struct{}

type StrPair[V any] = Pair[string, V]

type Matrix[T any] = [][]T

type IntList = []int

func keysOf[T comparable](s Set[T]) []T {
	var out []T
	for k := range s {
		out = append(out, k)
	}
	return out
}

func main() {
	p := StrPair[int]{"age", 42}
	fmt.Printf("%v %+v\n", p, p)
	var q Pair[string, int] = p
	fmt.Println(q.Key, q.Val)

	s := Set[string]{"b": {}, "a": {}, "c": {}}
	ks := keysOf(s)
	slices.Sort(ks)
	fmt.Println(ks, len(s))

	m := Matrix[float64]{{1, 2}, {3, 4}}
	fmt.Println(m, len(m[0]))

	var l IntList = []int{3, 1, 2}
	slices.Sort(l)
	fmt.Println(l)
}
