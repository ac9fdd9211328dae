package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

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
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](n int) *Queue[T] { return &Queue[T]{buf: make([]T, n)} }

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, len(q.buf)*2)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}x", ")"} {
		fmt.Printf("%-10q %v\n", s, balanced(s))
	}
	q := NewQueue[string](2)
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	v, _ := q.Dequeue()
	q.Enqueue("d")
	q.Enqueue("e")
	fmt.Println(v, q.size, len(q.buf))
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var s Stack[float64]
	_, err := s.Pop()
	fmt.Println(err)
	s.Push(1.5)
	s.Push(2.5)
	top, _ := s.Pop()
	fmt.Printf("%v %d %+v\n", top, s.Len(), s)
}
