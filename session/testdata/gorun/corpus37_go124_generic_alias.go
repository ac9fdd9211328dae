package main

import (
	"fmt"
	"maps"
	"slices"
)

type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StringPairs[V any] = []Pair[string, V]

func Add[T comparable](s Set[T], vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func Keys[T comparable](s Set[T]) []T {
	return slices.Collect(maps.Keys(s))
}

type Labels = Set[string]

func main() {
	s := Set[int]{}
	Add(s, 3, 1, 3, 2)
	ks := Keys(s)
	slices.Sort(ks)
	fmt.Println(ks, len(s))

	var plain map[int]struct{} = s
	fmt.Println(len(plain))

	l := Labels{}
	Add(l, "prod", "eu")
	_, ok := l["eu"]
	fmt.Println(ok, fmt.Sprintf("%T", l))

	ps := StringPairs[int]{{"a", 1}, {"b", 2}}
	ps = append(ps, Pair[string, int]{"c", 3})
	for _, p := range ps {
		fmt.Print(p.Key, ":", p.Val, " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", ps)
}
