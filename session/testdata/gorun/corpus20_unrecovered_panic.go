package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	defer fmt.Println("deferred before crash")
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop(), s.Pop())
	fmt.Println(s.Pop())
}
