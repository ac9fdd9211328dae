package main

import (
	"errors"
	"fmt"
	"os"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		panic(errors.New("pop from empty stack"))
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func safePop[T any](s *Stack[T]) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s.Pop(), nil
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	for range 3 {
		v, err := safePop(&s)
		fmt.Printf("%q %v\n", v, err)
	}
	defer fmt.Println("this deferred line is skipped by os.Exit")
	if len(s.items) == 0 {
		fmt.Println("exiting with status 3")
		os.Exit(3)
	}
	fmt.Println("not reached")
}
