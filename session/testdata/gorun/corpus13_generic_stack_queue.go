package main

import (
	"errors"
	"fmt"
)

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

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

var ErrFull = errors.New("queue is full")
var ErrEmpty = errors.New("queue is empty")

// Queue is a fixed-capacity ring buffer.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

func (q *Queue[T]) Enqueue(v T) error {
	if q.size == len(q.buf) {
		return ErrFull
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return nil
}

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, ErrEmpty
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	s.Push("c")
	top, _ := s.Peek()
	fmt.Println("peek:", top, "len:", s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("pop on empty:", ok)

	for _, expr := range []string{"(a[b]{c})", "(]", "((", "{[()()]}"} {
		fmt.Printf("%-10s %v\n", expr, balanced(expr))
	}

	q := NewQueue[int](3)
	for i := 1; i <= 4; i++ {
		if err := q.Enqueue(i * 100); err != nil {
			fmt.Println("enqueue", i*100, "->", err)
		}
	}
	v, err := q.Dequeue()
	fmt.Println(v, err)
	q.Enqueue(500)
	for {
		v, err := q.Dequeue()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Println("got", v)
	}
}
