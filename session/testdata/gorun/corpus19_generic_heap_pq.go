package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (p *PQ[T]) Len() int           { return len(p.items) }
func (p *PQ[T]) Less(i, j int) bool { return p.less(p.items[i], p.items[j]) }
func (p *PQ[T]) Swap(i, j int)      { p.items[i], p.items[j] = p.items[j], p.items[i] }
func (p *PQ[T]) Push(x any)         { p.items = append(p.items, x.(T)) }
func (p *PQ[T]) Pop() any {
	n := len(p.items)
	x := p.items[n-1]
	p.items = p.items[:n-1]
	return x
}

type Task struct {
	Pri  int
	Name string
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func main() {
	pq := NewPQ(func(a, b Task) bool {
		return cmp.Or(cmp.Compare(b.Pri, a.Pri), cmp.Compare(a.Name, b.Name)) < 0
	})
	for _, t := range []Task{{2, "write docs"}, {5, "fix prod"}, {1, "lunch"}, {5, "call boss"}, {3, "review"}} {
		heap.Push(pq, t)
	}
	for pq.Len() > 0 {
		t := heap.Pop(pq).(Task)
		fmt.Printf("%d %s\n", t.Pri, t.Name)
	}

	ints := NewPQ(func(a, b int) bool { return a < b })
	for _, v := range []int{9, 4, 7, 1, 8} {
		heap.Push(ints, v)
	}
	fmt.Print(heap.Pop(ints), heap.Pop(ints), "\n")
}
