package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type PriorityQueue[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (pq *PriorityQueue[T]) Len() int           { return len(pq.items) }
func (pq *PriorityQueue[T]) Less(i, j int) bool { return pq.less(pq.items[i], pq.items[j]) }
func (pq *PriorityQueue[T]) Swap(i, j int)      { pq.items[i], pq.items[j] = pq.items[j], pq.items[i] }
func (pq *PriorityQueue[T]) Push(x any)         { pq.items = append(pq.items, x.(T)) }
func (pq *PriorityQueue[T]) Pop() any {
	n := len(pq.items)
	v := pq.items[n-1]
	pq.items = pq.items[:n-1]
	return v
}

func NewPQ[T any](less func(a, b T) bool) *PriorityQueue[T] {
	return &PriorityQueue[T]{less: less}
}

func (pq *PriorityQueue[T]) Put(v T) { heap.Push(pq, v) }
func (pq *PriorityQueue[T]) Take() T { return heap.Pop(pq).(T) }

type Job struct {
	Name     string
	Priority int
}

func MinHeap[T cmp.Ordered]() *PriorityQueue[T] {
	return NewPQ(func(a, b T) bool { return a < b })
}

func main() {
	jobs := NewPQ(func(a, b Job) bool { return a.Priority > b.Priority })
	jobs.Put(Job{"email", 2})
	jobs.Put(Job{"backup", 5})
	jobs.Put(Job{"report", 3})
	jobs.Put(Job{"cleanup", 1})
	for jobs.Len() > 0 {
		j := jobs.Take()
		fmt.Printf("%-8s p=%d\n", j.Name, j.Priority)
	}
	h := MinHeap[float64]()
	for _, f := range []float64{3.3, 1.1, 2.2, 0.5} {
		h.Put(f)
	}
	fmt.Println(h.Take(), h.Take(), h.Len())
	words := MinHeap[string]()
	words.Put("m")
	words.Put("c")
	words.Put("x")
	fmt.Println(words.Take())
}
