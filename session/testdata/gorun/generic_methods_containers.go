package main

import (
	"fmt"
	"strings"
)

// Stack and Queue share their method names, as the tutorials write them.
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

func (s *Stack[T]) Len() int      { return len(s.items) }
func (s *Stack[T]) IsEmpty() bool { return s.Len() == 0 }
func (s Stack[T]) String() string { return fmt.Sprintf("Stack%v", s.items) }

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Len() int      { return len(q.items) }
func (q *Queue[T]) IsEmpty() bool { return q.Len() == 0 }
func (q Queue[T]) String() string {
	parts := make([]string, len(q.items))
	for i, v := range q.items {
		parts[i] = fmt.Sprint(v)
	}
	return "Queue(" + strings.Join(parts, " <- ") + ")"
}

// drain empties whatever it is given, through method values.
func drain[T any](pop func() (T, bool)) []T {
	var out []T
	for {
		v, ok := pop()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

func main() {
	s := &Stack[int]{}
	q := &Queue[int]{}
	for i := 1; i <= 4; i++ {
		s.Push(i)
		q.Push(i * 10)
	}
	fmt.Println(s.Len(), q.Len(), s.IsEmpty(), q.IsEmpty())
	fmt.Println(*s, *q)
	fmt.Printf("%v | %s\n", s, q)
	fmt.Println(fmt.Sprint(*q), fmt.Sprintf("%v", *s))

	sl, ql := s.Len, q.Len
	q.Push(50)
	fmt.Println("lens", sl(), ql())
	qlen := (*Queue[int]).Len
	fmt.Println("expr", qlen(q))

	fmt.Println(drain(s.Pop), drain(q.Pop))
	fmt.Println(s.IsEmpty(), q.IsEmpty(), s, q)

	words := &Queue[string]{}
	stack := &Stack[string]{}
	for _, w := range strings.Fields("go is fun") {
		words.Push(w)
		stack.Push(w)
	}
	w, _ := words.Pop()
	t, _ := stack.Pop()
	fmt.Println(w, t, words.Len(), stack.Len(), *words, *stack)
}
