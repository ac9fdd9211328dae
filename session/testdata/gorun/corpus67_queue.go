package main

import "fmt"

type Queue[T any] struct {
	head, tail []T
}

func NewQueue[T any](items ...T) *Queue[T] {
	q := &Queue[T]{}
	for _, it := range items {
		q.Enqueue(it)
	}
	return q
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
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

type job struct {
	id   int
	name string
}

func main() {
	q := NewQueue("a", "b", "c")
	q.Enqueue("d")
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := q.Dequeue()
	fmt.Println("empty ok:", ok)

	jobs := NewQueue[job]()
	jobs.Enqueue(job{1, "build"})
	jobs.Enqueue(job{2, "test"})
	first, _ := jobs.Dequeue()
	jobs.Enqueue(job{3, "deploy"})
	fmt.Printf("%+v\n", first)
	for jobs.Len() > 0 {
		j, _ := jobs.Dequeue()
		fmt.Printf("%d:%s\n", j.id, j.name)
	}
}
