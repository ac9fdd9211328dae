package main

// A variable and an alias of an instance of a generic type, declared above
// its methods and the functions they call.

import "fmt"

type Stack[T any] struct{ items []T }

type IntStack = Stack[int]

var (
	global = &Stack[int]{}
	named  IntStack
	total  = sum(global)
)

func sum(s *IntStack) int {
	t := 0
	for _, v := range s.items {
		t += v
	}
	return t
}

func (s *Stack[T]) Push(v T) { s.items = appendOne(s.items, v) }

func (s *Stack[T]) Len() int { return len(s.items) }

func appendOne[T any](xs []T, v T) []T { return append(xs, v) }

func main() {
	global.Push(1)
	global.Push(2)
	named.Push(7)
	fmt.Println(global.Len(), named.Len(), sum(global), total)
}
