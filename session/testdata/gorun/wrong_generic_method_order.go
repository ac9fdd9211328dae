package main

import (
	"fmt"
	"iter"
)

// Methods of generic types calling methods of the same type declared
// further down.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if s.IsEmpty() {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) IsEmpty() bool { return s.Len() == 0 }

func (s Stack[T]) Len() int { return len(s.items) }

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	for !s.IsEmpty() {
		v, ok := s.Pop()
		fmt.Println(v, ok)
	}
	v, ok := s.Pop()
	fmt.Printf("%q %v %d\n", v, ok, s.Len())

	t := &Tree[int]{Val: 5, Left: &Tree[int]{Val: 2}, Right: &Tree[int]{Val: 8, Left: &Tree[int]{Val: 6}}}
	for v := range t.All() {
		if v > 6 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
