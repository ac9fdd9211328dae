package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Seq < q[j].Seq
}
func (q TaskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *TaskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type Scheduler struct {
	q   TaskQueue
	seq int
}

func (s *Scheduler) Submit(name string, prio int) *Task {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
	heap.Push(&s.q, t)
	return t
}

func (s *Scheduler) Bump(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(&s.q, t.index)
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.q.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.q).(*Task), true
}

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
	var s Scheduler
	s.Submit("write docs", 1)
	backup := s.Submit("backup db", 2)
	s.Submit("fix prod bug", 5)
	s.Submit("review PR", 3)
	s.Submit("lunch", 3)
	s.Bump(backup, 4)
	s.Submit("deploy", 5)
	var order []string
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, fmt.Sprintf("%s(p%d)", t.Name, t.Priority))
	}
	fmt.Println(strings.Join(order, "\n"))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("min: %d len: %d\n", (*h)[0], h.Len())
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}
