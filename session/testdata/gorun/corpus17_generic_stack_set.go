package main

import (
	"fmt"
	"slices"
	"strings"
)

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

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

func (s Set[T]) Len() int { return len(s) }

func (s Set[T]) String() string {
	var parts []string
	for k := range s {
		parts = append(parts, fmt.Sprint(k))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("to be or not") {
		s.Push(w)
	}
	fmt.Println("len", s.Len())
	for {
		w, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("empty pop ok:", ok)

	set := Set[int]{}
	set.Add(3, 1, 3, 2)
	fmt.Println(set, set.Len(), set.Has(2), set.Has(5))
	fmt.Printf("%v %s\n", set, set)
	names := make(Set[string])
	names.Add("zed", "amy")
	fmt.Println(names)
}
