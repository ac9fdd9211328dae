package main

import (
	"fmt"
	"strings"
)

type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

type StringPair[V any] = Pair[string, V]

type List[T any] = []T

func addAll[T comparable](s Set[T], xs ...T) {
	for _, x := range xs {
		s[x] = struct{}{}
	}
}

func main() {
	s := Set[string]{}
	addAll(s, "go", "go", "rust")
	fmt.Println(len(s))
	_, ok := s["go"]
	fmt.Println("has go:", ok)

	p := StringPair[int]{Key: "answer", Value: 42}
	fmt.Printf("%+v\n", p)
	var q Pair[string, int] = p
	fmt.Println(q.Key == p.Key)

	var names List[string] = []string{"b", "a"}
	names = append(names, "c")
	fmt.Println(strings.Join(names, "-"), len(names))
}
