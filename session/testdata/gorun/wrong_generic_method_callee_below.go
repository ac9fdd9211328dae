package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if s.IsEmpty() {
		return zero, false
	}
	v := s.items[s.Len()-1]
	s.items = s.items[:s.Len()-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	v, ok := s.Pop()
	if ok {
		s.Push(v)
	}
	return v, ok
}

func (s *Stack[T]) IsEmpty() bool { return s.Len() == 0 }
func (s *Stack[T]) Len() int      { return len(s.items) }

type Tree[K any] struct {
	Left, Right *Tree[K]
	Key         K
}

func (t *Tree[K]) Keys() []K {
	var out []K
	t.each(func(k K) { out = append(out, k) })
	return out
}

func (t *Tree[K]) each(f func(K)) {
	if t == nil {
		return
	}
	t.Left.each(f)
	f(t.Key)
	t.Right.each(f)
}

func main() {
	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Peek())
	fmt.Println(s.Len(), s.IsEmpty())
	for !s.IsEmpty() {
		fmt.Println(s.Pop())
	}
	fmt.Println(s.Pop())

	t := &Tree[int]{Key: 2, Left: &Tree[int]{Key: 1}, Right: &Tree[int]{Key: 3}}
	fmt.Println(t.Keys())
}
