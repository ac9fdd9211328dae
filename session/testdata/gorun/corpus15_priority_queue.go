package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

type TaskPQ []*Task

func (pq TaskPQ) Len() int { return len(pq) }
func (pq TaskPQ) Less(i, j int) bool {
	if pq[i].Priority == pq[j].Priority {
		return pq[i].Name < pq[j].Name
	}
	return pq[i].Priority > pq[j].Priority
}
func (pq TaskPQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *TaskPQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *TaskPQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *TaskPQ) update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(pq, t.index)
}

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *PQ[T]) Len() int           { return len(h.items) }
func (h *PQ[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *PQ[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *PQ[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *PQ[T]) Pop() any {
	n := len(h.items)
	x := h.items[n-1]
	h.items = h.items[:n-1]
	return x
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func (h *PQ[T]) PushItem(x T) { heap.Push(h, x) }
func (h *PQ[T]) PopItem() T   { return heap.Pop(h).(T) }

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("min %d len %d\n", (*h)[0], h.Len())
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	pq := TaskPQ{}
	heap.Init(&pq)
	tasks := map[string]*Task{}
	for i, name := range strings.Fields("write test deploy review") {
		t := &Task{Name: name, Priority: i % 3}
		tasks[name] = t
		heap.Push(&pq, t)
	}
	pq.update(tasks["write"], 5)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s(%d,%d) ", t.Name, t.Priority, t.index)
	}
	fmt.Println()

	g := NewPQ(func(a, b string) bool { return cmp.Compare(len(a), len(b)) < 0 })
	for _, w := range []string{"banana", "fig", "apple", "kiwi", "cherry"} {
		g.PushItem(w)
	}
	for g.Len() > 0 {
		fmt.Print(g.PopItem(), " ")
	}
	fmt.Println()
	type job struct {
		id   int
		cost float64
	}
	jobs := NewPQ(func(a, b job) bool { return a.cost < b.cost })
	jobs.PushItem(job{1, 2.5})
	jobs.PushItem(job{2, 0.5})
	jobs.PushItem(job{3, 1.5})
	first := jobs.PopItem()
	fmt.Printf("%+v %v %d\n", first, jobs.PopItem(), jobs.Len())
}
