package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

// Heap is a generic binary heap ordered by a less function.
type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] {
	return &Heap[T]{less: less}
}

func NewMinHeap[T cmp.Ordered]() *Heap[T] {
	return NewHeap(func(a, b T) bool { return a < b })
}

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

func (h *Heap[T]) Len() int { return len(h.data) }

type job struct {
	name string
	pri  int
}

// adapter so a generic slice works with container/heap
type sliceHeap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (s *sliceHeap[T]) Len() int           { return len(s.items) }
func (s *sliceHeap[T]) Less(i, j int) bool { return s.less(s.items[i], s.items[j]) }
func (s *sliceHeap[T]) Swap(i, j int)      { s.items[i], s.items[j] = s.items[j], s.items[i] }
func (s *sliceHeap[T]) Push(x any)         { s.items = append(s.items, x.(T)) }
func (s *sliceHeap[T]) Pop() any {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	h := NewMinHeap[int]()
	for _, v := range []int{9, 4, 7, 1, 8, 2} {
		h.Push(v)
	}
	var out []int
	for h.Len() > 0 {
		v, _ := h.Pop()
		out = append(out, v)
	}
	fmt.Println(out)

	words := NewHeap(func(a, b string) bool { return len(a) > len(b) || (len(a) == len(b) && a < b) })
	for _, w := range strings.Fields("a tiny heap of generic words sorted longest first") {
		words.Push(w)
	}
	for words.Len() > 0 {
		w, _ := words.Pop()
		fmt.Print(w, " ")
	}
	fmt.Println()

	jobs := &sliceHeap[job]{less: func(a, b job) bool { return a.pri > b.pri }}
	for _, j := range []job{{"email", 1}, {"build", 5}, {"test", 3}, {"ship", 4}} {
		heap.Push(jobs, j)
	}
	for jobs.Len() > 0 {
		j := heap.Pop(jobs).(job)
		fmt.Printf("%+v\n", j)
	}
	_, ok := h.Pop()
	fmt.Println("empty pop ok:", ok)
}
