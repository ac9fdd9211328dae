package main

import (
	"container/heap"
	"fmt"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Urgent
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	case Urgent:
		return "URGENT"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Task struct {
	ID    int
	Title string
	Pri   Priority
	seq   int // insertion order breaks ties
	index int
}

func (t *Task) String() string {
	return fmt.Sprintf("#%d %s [%v]", t.ID, t.Title, t.Pri)
}

type Scheduler struct {
	tasks []*Task
	next  int
	byID  map[int]*Task
}

func (s *Scheduler) Len() int { return len(s.tasks) }
func (s *Scheduler) Less(i, j int) bool {
	a, b := s.tasks[i], s.tasks[j]
	if a.Pri != b.Pri {
		return a.Pri > b.Pri
	}
	return a.seq < b.seq
}
func (s *Scheduler) Swap(i, j int) {
	s.tasks[i], s.tasks[j] = s.tasks[j], s.tasks[i]
	s.tasks[i].index = i
	s.tasks[j].index = j
}
func (s *Scheduler) Push(x any) {
	t := x.(*Task)
	t.index = len(s.tasks)
	s.tasks = append(s.tasks, t)
}
func (s *Scheduler) Pop() any {
	n := len(s.tasks)
	t := s.tasks[n-1]
	s.tasks[n-1] = nil
	s.tasks = s.tasks[:n-1]
	t.index = -1
	return t
}

func (s *Scheduler) Add(id int, title string, p Priority) *Task {
	if s.byID == nil {
		s.byID = map[int]*Task{}
	}
	s.next++
	t := &Task{ID: id, Title: title, Pri: p, seq: s.next}
	heap.Push(s, t)
	s.byID[id] = t
	return t
}

func (s *Scheduler) Bump(id int, p Priority) bool {
	t, ok := s.byID[id]
	if !ok || t.index < 0 {
		return false
	}
	t.Pri = p
	heap.Fix(s, t.index)
	return true
}

func (s *Scheduler) Cancel(id int) *Task {
	t, ok := s.byID[id]
	if !ok || t.index < 0 {
		return nil
	}
	delete(s.byID, id)
	return heap.Remove(s, t.index).(*Task)
}

func main() {
	var s Scheduler
	s.Add(1, "write docs", Low)
	s.Add(2, "fix login bug", High)
	s.Add(3, "review PR", Normal)
	s.Add(4, "deploy", High)
	s.Add(5, "lunch", Normal)
	fmt.Println("queued:", s.Len())
	fmt.Println("peek:", s.tasks[0])

	fmt.Println("bump 1:", s.Bump(1, Urgent))
	fmt.Println("bump 9:", s.Bump(9, Urgent))
	c := s.Cancel(3)
	fmt.Printf("cancelled %v (index %d)\n", c, c.index)
	fmt.Println("cancel again:", s.Cancel(3))

	var done []*Task
	for s.Len() > 0 {
		t := heap.Pop(&s).(*Task)
		done = append(done, t)
		fmt.Printf("run %-20s pri=%-6v %d\n", t.Title, t.Pri, t.Pri)
	}
	fmt.Println(done)
	fmt.Println(Priority(7), []Priority{Urgent, Low})
	fmt.Printf("%v %+v\n", *done[0], *done[1])
}
