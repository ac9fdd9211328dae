package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Stack is a last-in, first-out container for any element type.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

// All yields the items from the top of the stack down.
func (s *Stack[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}

// Queue is first-in, first-out.
type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	var zero T
	if len(q.head) == 0 {
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

// Set is a set of comparable values.
type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](vs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Contains(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }

func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s.m {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	var st Stack[string]
	for _, w := range strings.Fields("to be or not") {
		st.Push(w)
	}
	fmt.Println("len", st.Len())
	for w := range st.All() {
		fmt.Print(w, " ")
	}
	fmt.Println()
	top, ok := st.Pop()
	fmt.Println("popped", top, ok)

	q := &Queue[int]{}
	for i := range 5 {
		q.Enqueue(i * 10)
	}
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()

	s := NewSet("go", "rust", "zig", "go")
	fmt.Println(s.Len(), s.Contains("zig"), s.Contains("c"))
	fmt.Println(slices.Sorted(s.All()))

	nums := NewSet[int]()
	for i := range 10 {
		nums.Add(i % 4)
	}
	fmt.Println(slices.Sorted(nums.All()))
}
