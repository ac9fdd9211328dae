package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)  { s.items = append(s.items, v) }
func (s Stack[T]) Len() int   { return len(s.items) }
func (s Stack[T]) Top() T     { return s.items[len(s.items)-1] }
func (s Stack[T]) Items() []T { return s.items }

func Apply[T any](xs []T, fs ...func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		for _, f := range fs {
			x = f(x)
		}
		out[i] = x
	}
	return out
}

func main() {
	push := (*Stack[string]).Push
	length := Stack[string].Len
	var s Stack[string]
	push(&s, "a")
	push(&s, "b")
	fmt.Println(length(s), s.Top(), s.Items())
	bound := s.Push
	bound("c")
	fmt.Println(s.Len(), Stack[string].Top(s))
	fs := []func(*Stack[string], string){(*Stack[string]).Push}
	fs[0](&s, "d")
	fmt.Println(s.items)
	fmt.Println(Apply([]string{"go", "Gen"}, strings.ToUpper, strings.TrimSpace, func(x string) string { return x + "!" }))
	fmt.Println(Apply([]int{1, 2}), Apply([]int{1, 2}, func(n int) int { return n * 10 }))
}
