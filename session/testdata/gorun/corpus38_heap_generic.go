package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

// inner adapts a slice and a less func to heap.Interface.
type inner[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *inner[T]) Len() int           { return len(h.data) }
func (h *inner[T]) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h *inner[T]) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *inner[T]) Push(x any)         { h.data = append(h.data, x.(T)) }
func (h *inner[T]) Pop() any {
	n := len(h.data)
	x := h.data[n-1]
	h.data = h.data[:n-1]
	return x
}

// Heap is a type-safe wrapper around container/heap.
type Heap[T any] struct {
	h *inner[T]
}

func New[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	h := &inner[T]{data: append([]T(nil), items...), less: less}
	heap.Init(h)
	return &Heap[T]{h: h}
}

func NewMin[T cmp.Ordered](items ...T) *Heap[T] {
	return New(func(a, b T) bool { return a < b }, items...)
}

func (h *Heap[T]) Push(v T) { heap.Push(h.h, v) }
func (h *Heap[T]) Pop() T   { return heap.Pop(h.h).(T) }
func (h *Heap[T]) Len() int { return h.h.Len() }
func (h *Heap[T]) Peek() (T, bool) {
	if h.Len() == 0 {
		var zero T
		return zero, false
	}
	return h.h.data[0], true
}

type task struct {
	name     string
	priority int
}

func main() {
	h := NewMin(5, 2, 8, 1)
	h.Push(3)
	h.Push(0)
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	v, ok := h.Peek()
	fmt.Println("peek empty:", v, ok)

	tasks := New(func(a, b task) bool {
		if a.priority != b.priority {
			return a.priority > b.priority
		}
		return a.name < b.name
	})
	tasks.Push(task{"write docs", 1})
	tasks.Push(task{"fix bug", 5})
	tasks.Push(task{"deploy", 3})
	tasks.Push(task{"alert", 5})
	top, _ := tasks.Peek()
	fmt.Printf("top: %+v\n", top)
	for tasks.Len() > 0 {
		t := tasks.Pop()
		fmt.Printf("%d %s\n", t.priority, t.name)
	}

	words := NewMin("pear", "apple", "fig")
	fmt.Println(words.Pop(), words.Pop(), words.Len())
}
