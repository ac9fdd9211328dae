package main

import (
	"container/heap"
	"fmt"
)

type EventKind int

const (
	Arrival EventKind = iota
	Departure
)

func (k EventKind) String() string {
	if k == Arrival {
		return "arrival"
	}
	return "departure"
}

type Event struct {
	Time     int
	Kind     EventKind
	Customer int
	index    int
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time == q[j].Time {
		return q[i].Customer < q[j].Customer
	}
	return q[i].Time < q[j].Time
}
func (q EventQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *EventQueue) Push(x any) {
	e := x.(*Event)
	e.index = len(*q)
	*q = append(*q, e)
}
func (q *EventQueue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	e.index = -1
	*q = old[:n-1]
	return e
}

type Sim struct {
	queue     EventQueue
	busy      bool
	waiting   []int
	served    int
	totalWait int
	arrivedAt map[int]int
}

func (s *Sim) schedule(e *Event) { heap.Push(&s.queue, e) }

func (s *Sim) Run() {
	for s.queue.Len() > 0 {
		e := heap.Pop(&s.queue).(*Event)
		fmt.Printf("t=%3d %-9v customer %d", e.Time, e.Kind, e.Customer)
		switch e.Kind {
		case Arrival:
			s.arrivedAt[e.Customer] = e.Time
			if !s.busy {
				s.busy = true
				s.schedule(&Event{Time: e.Time + 4 + e.Customer%3, Kind: Departure, Customer: e.Customer})
				fmt.Print(" -> served now")
			} else {
				s.waiting = append(s.waiting, e.Customer)
				fmt.Printf(" -> waits (queue %v)", s.waiting)
			}
		case Departure:
			s.served++
			if len(s.waiting) > 0 {
				next := s.waiting[0]
				s.waiting = s.waiting[1:]
				s.totalWait += e.Time - s.arrivedAt[next]
				s.schedule(&Event{Time: e.Time + 4 + next%3, Kind: Departure, Customer: next})
			} else {
				s.busy = false
			}
		}
		fmt.Println()
	}
}

func main() {
	s := &Sim{arrivedAt: map[int]int{}}
	heap.Init(&s.queue)
	arrivals := []int{0, 2, 3, 3, 10, 11, 20, 21, 22}
	for i, t := range arrivals {
		s.schedule(&Event{Time: t, Kind: Arrival, Customer: i + 1})
	}
	s.Run()
	fmt.Printf("served %d, total wait %d, avg wait %.2f\n", s.served, s.totalWait, float64(s.totalWait)/float64(s.served))
}
