package main

import "fmt"

type Queue[T any] struct {
	items []T
}

func NewQueue[T any](items ...T) *Queue[T] {
	q := &Queue[T]{}
	for _, it := range items {
		q.Enqueue(it)
	}
	return q
}

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Size() int { return len(q.items) }

type Task struct {
	ID   int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("#%d(%s)", t.ID, t.Name) }

func main() {
	q := NewQueue(1, 2, 3)
	q.Enqueue(4)
	for q.Size() > 0 {
		v, _ := q.Dequeue()
		fmt.Println("got", v)
	}
	_, ok := q.Dequeue()
	fmt.Println("empty dequeue ok?", ok)

	tasks := NewQueue[Task]()
	tasks.Enqueue(Task{1, "build"})
	tasks.Enqueue(Task{2, "test"})
	tasks.Enqueue(Task{3, "deploy"})
	fmt.Println("queued:", tasks.items)
	for {
		t, ok := tasks.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("running %v\n", t)
	}
}
