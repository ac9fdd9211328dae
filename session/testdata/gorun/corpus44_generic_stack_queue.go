package main

import "fmt"

type Stack[T any] struct{ items []T }

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

type Queue[T any] struct{ items []T }

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
func (q *Queue[T]) IsEmpty() bool { return len(q.items) == 0 }

type Task struct {
	ID   int
	Name string
}

func main() {
	st := &Stack[string]{}
	for _, w := range []string{"one", "two", "three"} {
		st.Push(w)
	}
	fmt.Println("stack len:", st.Len())
	for st.Len() > 0 {
		v, _ := st.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := st.Pop()
	fmt.Println("pop on empty ok:", ok)

	q := &Queue[Task]{}
	q.Enqueue(Task{1, "build"})
	q.Enqueue(Task{2, "test"})
	q.Enqueue(Task{3, "deploy"})
	for !q.IsEmpty() {
		t, _ := q.Dequeue()
		fmt.Printf("%+v\n", t)
	}
	z, ok := q.Dequeue()
	fmt.Printf("%v %v\n", z, ok)
}
