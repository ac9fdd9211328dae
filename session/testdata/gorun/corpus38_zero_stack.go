package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, error) {
	if len(s.items) == 0 {
		return *new(T), errors.New("empty stack")
	}
	return s.items[len(s.items)-1], nil
}

func (s Stack[T]) Len() int { return len(s.items) }

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

type user struct {
	Name string
	Age  int
}

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	for {
		v, ok := s.Pop()
		if !ok {
			fmt.Printf("done: %q %v\n", v, ok)
			break
		}
		fmt.Print(v, " ")
	}
	_, err := s.Peek()
	fmt.Println("peek:", err)

	ns := &Stack[*user]{}
	u, ok := ns.Pop()
	fmt.Println(u, ok, u == nil)
	ns.Push(&user{"ann", 30})
	top, err := ns.Peek()
	fmt.Println(top.Name, err, ns.Len())

	fmt.Printf("%v %q %v %v %+v\n", Zero[int](), Zero[string](), Zero[[]int]() == nil, Zero[*int](), Zero[user]())
	fmt.Println(IsZero(0), IsZero("x"), IsZero(user{}), IsZero(user{Age: 1}))
	var m map[string]int = Zero[map[string]int]()
	fmt.Println(m == nil, len(m), m["missing"])
}
