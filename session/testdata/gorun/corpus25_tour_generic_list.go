package main

import (
	"fmt"
	"strings"
)

// List represents a singly-linked list that holds
// values of any type.
type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	return n
}

func (l *List[T]) Values() []T {
	var out []T
	for e := l; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

func (l *List[T]) String() string {
	var parts []string
	for e := l; e != nil; e = e.next {
		parts = append(parts, fmt.Sprint(e.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

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

func main() {
	var l *List[int]
	fmt.Println(l.Len())
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Len(), l.Values())
	fmt.Println(l)
	words := (*List[string])(nil).Push("c").Push("b").Push("a")
	fmt.Println(words.String(), words.Len())

	var s Stack[string]
	s.Push("x")
	s.Push("y")
	v, ok := s.Pop()
	fmt.Println(v, ok)
	v, ok = s.Pop()
	fmt.Println(v, ok)
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
}
