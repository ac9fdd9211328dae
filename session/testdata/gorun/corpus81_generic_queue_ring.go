package main

import (
	"errors"
	"fmt"
)

// A fixed-capacity ring-buffer queue.
type Queue[T any] struct {
	buf        []T
	head, size int
}

var ErrFull = errors.New("queue full")

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

func (q *Queue[T]) Enqueue(v T) error {
	if q.size == len(q.buf) {
		return fmt.Errorf("enqueue %v: %w", v, ErrFull)
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return nil
}

func (q *Queue[T]) Dequeue() (v T, ok bool) {
	if q.size == 0 {
		return v, false
	}
	v = q.buf[q.head]
	var zero T
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q *Queue[T]) Len() int { return q.size }

func (q *Queue[T]) Snapshot() []T {
	out := make([]T, 0, q.size)
	for i := range q.size {
		out = append(out, q.buf[(q.head+i)%len(q.buf)])
	}
	return out
}

type Job struct {
	ID       int
	Name     string
	Priority uint8
}

func main() {
	q := NewQueue[int](3)
	for i := range 5 {
		if err := q.Enqueue(i * i); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
		}
	}
	fmt.Println(q.Snapshot(), q.Len())
	v, _ := q.Dequeue()
	fmt.Println("got", v)
	q.Enqueue(100)
	fmt.Println(q.Snapshot(), q.buf, q.head)

	jobs := NewQueue[Job](4)
	names := []string{"build", "test", "lint", "deploy", "notify"}
	for i, n := range names {
		err := jobs.Enqueue(Job{ID: i + 1, Name: n, Priority: uint8(len(n))})
		if err != nil {
			fmt.Println(err)
		}
	}
	for jobs.Len() > 0 {
		j, _ := jobs.Dequeue()
		fmt.Printf("run %d %-6s p=%d\n", j.ID, j.Name, j.Priority)
	}
	j, ok := jobs.Dequeue()
	fmt.Printf("%+v %v\n", j, ok)

	words := NewQueue[string](2)
	words.Enqueue("a")
	words.Enqueue("b")
	words.Dequeue()
	words.Enqueue("c")
	fmt.Printf("%q %d\n", words.Snapshot(), words.head)
	fmt.Printf("%T %T\n", words, *jobs)
}
