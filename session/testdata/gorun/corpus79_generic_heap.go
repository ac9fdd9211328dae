package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

// Heap is a heap of any T ordered by a less function.
type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	h := &Heap[T]{data: append([]T(nil), items...), less: less}
	heap.Init(h)
	return h
}

func (h *Heap[T]) Len() int           { return len(h.data) }
func (h *Heap[T]) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h *Heap[T]) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *Heap[T]) Push(x any)         { h.data = append(h.data, x.(T)) }
func (h *Heap[T]) Pop() any {
	n := len(h.data)
	x := h.data[n-1]
	h.data = h.data[:n-1]
	return x
}

func (h *Heap[T]) Put(x T) { heap.Push(h, x) }
func (h *Heap[T]) Take() T { return heap.Pop(h).(T) }
func (h *Heap[T]) Peek() T { return h.data[0] }

// MinOf builds a min-heap of an ordered type.
func MinOf[T cmp.Ordered](items ...T) *Heap[T] {
	return NewHeap(func(a, b T) bool { return a < b }, items...)
}

type Event struct {
	At   int
	Name string
}

func (e Event) String() string { return fmt.Sprintf("t=%d:%s", e.At, e.Name) }

func drain[T any](h *Heap[T]) []T {
	var out []T
	for h.Len() > 0 {
		out = append(out, h.Take())
	}
	return out
}

func main() {
	ints := MinOf(5, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println(ints.Peek(), ints.Len())
	fmt.Println(drain(ints))

	words := MinOf(strings.Fields("pear fig apple kiwi banana")...)
	words.Put("cherry")
	fmt.Printf("%q\n", drain(words))

	events := NewHeap(func(a, b Event) bool {
		return cmp.Or(cmp.Compare(a.At, b.At), strings.Compare(a.Name, b.Name)) < 0
	})
	events.Put(Event{30, "stop"})
	events.Put(Event{10, "start"})
	events.Put(Event{20, "tick"})
	events.Put(Event{10, "log"})
	fmt.Println("next:", events.Peek())
	fmt.Printf("%T %T\n", events, events.Peek())
	evs := drain(events)
	fmt.Println(evs)
	fmt.Printf("%+v\n", evs[0])

	maxh := NewHeap(func(a, b float64) bool { return a > b }, 2.5, -1, 7.25)
	fmt.Println(drain(maxh), maxh.Len())

	byLen := NewHeap(func(a, b []int) bool { return len(a) < len(b) }, []int{1, 2, 3}, nil, []int{4})
	fmt.Println(drain(byLen))
}
