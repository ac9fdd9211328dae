package main

import (
	"fmt"
	"slices"
)

// Go 1.24 allows type parameters on aliases.
type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StringPairs = []Pair[string, int]

type Ints = Set[int]

func Add[T comparable](s Set[T], vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func Members[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func main() {
	s := Set[string]{}
	Add(s, "b", "a", "c", "a")
	fmt.Println(len(s), Members(s))

	var n Ints = make(Ints)
	Add(n, 3, 1, 2)
	fmt.Println(Members(n))
	fmt.Printf("%T\n", n)

	ps := StringPairs{{"x", 1}, {"y", 2}}
	for _, p := range ps {
		fmt.Printf("%s=%d ", p.Key, p.Val)
	}
	fmt.Println()
	fmt.Printf("%v %+v\n", ps[0], ps[1])
}
