package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

var ErrEmpty = errors.New("stack is empty")

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
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

func (s Stack[T]) IsEmpty() bool { return len(s.items) == 0 }

func main() {
	var ints Stack[int]
	for i := 1; i <= 4; i++ {
		ints.Push(i * 10)
	}
	fmt.Println("len:", ints.Len())
	if top, ok := ints.Peek(); ok {
		fmt.Println("top:", top)
	}
	for !ints.IsEmpty() {
		v, _ := ints.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := ints.Pop()
	fmt.Println("error:", err, errors.Is(err, ErrEmpty))

	words := &Stack[string]{}
	words.Push("hello")
	words.Push("world")
	w, _ := words.Pop()
	fmt.Printf("%s %d %T\n", w, words.Len(), words)
}
