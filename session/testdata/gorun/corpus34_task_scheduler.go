package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Seq < pq[j].Seq
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type Scheduler struct {
	pq  PQ
	seq int
}

func (s *Scheduler) Add(name string, prio int) *Task {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
	heap.Push(&s.pq, t)
	return t
}

func (s *Scheduler) Bump(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(&s.pq, t.index)
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.pq.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.pq).(*Task), true
}

func main() {
	var s Scheduler
	s.Add("write docs", 1)
	s.Add("fix prod bug", 10)
	review := s.Add("code review", 5)
	s.Add("lunch", 5)
	s.Add("refactor", 2)
	s.Bump(review, 11)

	for tick := 1; ; tick++ {
		t, ok := s.Next()
		if !ok {
			fmt.Println("idle")
			break
		}
		fmt.Printf("tick %d: %-14s (prio %2d, seq %d)\n", tick, t.Name, t.Priority, t.Seq)
		if t.Name == "fix prod bug" {
			s.Add("write postmortem", 7)
		}
	}
}
