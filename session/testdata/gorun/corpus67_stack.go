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

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println("len:", s.Len())
	if top, ok := s.Peek(); ok {
		fmt.Println("peek:", top)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Println("pop:", v)
	}
	_, err := s.Pop()
	fmt.Println("error:", err)

	words := &Stack[string]{}
	words.Push("hello")
	words.Push("world")
	w, _ := words.Pop()
	fmt.Printf("%q %d\n", w, words.Len())
	fmt.Printf("%T\n", words)
	fmt.Printf("%+v\n", *words)
}
