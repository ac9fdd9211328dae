package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type item[T any] struct {
	value    T
	priority int
	index    int
}

type innerPQ[T any] []*item[T]

func (pq innerPQ[T]) Len() int { return len(pq) }
func (pq innerPQ[T]) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq innerPQ[T]) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *innerPQ[T]) Push(x any) {
	it := x.(*item[T])
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *innerPQ[T]) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

// PriorityQueue is a max-priority queue of T.
type PriorityQueue[T any] struct {
	inner innerPQ[T]
}

func (q *PriorityQueue[T]) Push(v T, prio int) {
	heap.Push(&q.inner, &item[T]{value: v, priority: prio})
}

func (q *PriorityQueue[T]) Pop() (T, int) {
	it := heap.Pop(&q.inner).(*item[T])
	return it.value, it.priority
}

func (q *PriorityQueue[T]) Len() int { return q.inner.Len() }

// A simpler generic heap driven by a less function.
type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T cmp.Ordered]() *Heap[T] {
	return &Heap[T]{less: func(a, b T) bool { return a < b }}
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

func (h *Heap[T]) Pop() T {
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
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

func main() {
	var pq PriorityQueue[string]
	tasks := map[string]int{"write docs": 2, "fix bug": 5, "deploy": 3, "coffee": 9}
	for _, name := range []string{"write docs", "fix bug", "deploy", "coffee"} {
		pq.Push(name, tasks[name])
	}
	for pq.Len() > 0 {
		v, p := pq.Pop()
		fmt.Printf("%d: %s\n", p, v)
	}

	h := NewHeap[float64]()
	for _, f := range []float64{3.5, -1, 2.25, 10, 0} {
		h.Push(f)
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
}
