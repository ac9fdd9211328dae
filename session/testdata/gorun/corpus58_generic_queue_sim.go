package main

import (
	"fmt"
	"strings"
)

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

func (q *Queue[T]) Len() int { return len(q.items) }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Customer struct {
	Name  string
	Items int
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func hanoi(n int, from, to, via string, moves *Stack[string]) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	moves.Push(fmt.Sprintf("%d:%s->%s", n, from, to))
	hanoi(n-1, via, to, from, moves)
}

func main() {
	var q Queue[Customer]
	for i, name := range []string{"amy", "bo", "cy", "di", "ed"} {
		q.Push(Customer{name, (i*3)%5 + 1})
	}
	clock := 0
	for q.Len() > 0 {
		c, _ := q.Pop()
		clock += c.Items * 2
		fmt.Printf("t=%2d served %-3s (%d items), %d waiting\n", clock, c.Name, c.Items, q.Len())
	}
	_, ok := q.Pop()
	fmt.Println("empty pop ok:", ok)

	var moves Stack[string]
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))
	last := moves.Pop()
	fmt.Println("last move:", last, "remaining", len(moves))

	lens := Map([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Println(lens, Map(lens, func(n int) string { return strings.Repeat("#", n) }))
	fmt.Printf("%T %T\n", q, moves)
}
