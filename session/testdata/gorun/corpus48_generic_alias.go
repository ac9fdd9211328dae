package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StringPair[V any] = Pair[string, V]

func Add[T comparable](s Set[T], v T) { s[v] = struct{}{} }

func main() {
	s := Set[string]{}
	Add(s, "go")
	Add(s, "go")
	Add(s, "rust")
	fmt.Println(len(s))
	_, ok := s["go"]
	fmt.Println(ok)

	p := StringPair[int]{Key: "age", Val: 3}
	var q Pair[string, int] = p
	fmt.Printf("%+v %v\n", q, p == q)
}
