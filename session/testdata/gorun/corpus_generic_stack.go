package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	v, err = s.Pop()
	fmt.Println(v, err)
	_, err = s.Pop()
	fmt.Println(err)
	ints := &Stack[int]{}
	for i := 0; i < 4; i++ {
		ints.Push(i * i)
	}
	fmt.Println(ints.items)
	set := Set[string]{}
	set.Add("x")
	fmt.Println(set.Has("x"), set.Has("y"), Keys(set))
}
