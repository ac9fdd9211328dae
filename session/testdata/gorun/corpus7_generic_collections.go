package main

import (
	"errors"
	"fmt"
	"strings"
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

func (s *Stack[T]) Size() int { return len(s.items) }

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

var ErrEmpty = errors.New("queue is empty")

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

type node[T any] struct {
	val  T
	next *node[T]
}

type LinkedList[T any] struct {
	head *node[T]
	size int
}

func (l *LinkedList[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *LinkedList[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *LinkedList[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("to be or not") {
		s.Push(w)
	}
	fmt.Print("size ", s.Size(), ": ")
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	q := &Queue[int]{}
	for i := 1; i <= 3; i++ {
		q.Enqueue(i * 100)
	}
	for i := 0; i < 4; i++ {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Println("dequeue:", err)
			continue
		}
		fmt.Println("dequeued", v)
	}

	var l LinkedList[float64]
	for _, f := range []float64{1.5, 2.5, 3.5} {
		l.PushFront(f)
	}
	l.Each(func(f float64) { fmt.Print(f, " ") })
	l.Reverse()
	fmt.Print("| ")
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println("| size", l.size)

	lens := Map([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Println(lens, Map(lens, func(n int) string { return strings.Repeat("#", n) }))
}
