package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Kind int

const (
	Arrive Kind = iota
	Start
	Finish
)

func (k Kind) String() string {
	return [...]string{"arrive", "start", "finish"}[k]
}

type Event struct {
	At       int
	Kind     Kind
	Customer string
	seq      int
}

func (e Event) String() string {
	return fmt.Sprintf("t=%03d %-6v %s", e.At, e.Kind, e.Customer)
}

type Queue []Event

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	return q[i].seq < q[j].seq
}
func (q Queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *Queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Sim struct {
	q       Queue
	seq     int
	busy    bool
	waiting []string
	service map[string]int
	log     []string
	waited  map[string]int
	arrived map[string]int
}

func (s *Sim) schedule(at int, k Kind, who string) {
	s.seq++
	heap.Push(&s.q, Event{at, k, who, s.seq})
}

func (s *Sim) Run() {
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(Event)
		s.log = append(s.log, e.String())
		switch e.Kind {
		case Arrive:
			s.arrived[e.Customer] = e.At
			if s.busy {
				s.waiting = append(s.waiting, e.Customer)
			} else {
				s.schedule(e.At, Start, e.Customer)
				s.busy = true
			}
		case Start:
			s.waited[e.Customer] = e.At - s.arrived[e.Customer]
			s.schedule(e.At+s.service[e.Customer], Finish, e.Customer)
		case Finish:
			if len(s.waiting) > 0 {
				next := s.waiting[0]
				s.waiting = s.waiting[1:]
				s.schedule(e.At, Start, next)
			} else {
				s.busy = false
			}
		}
	}
}

func main() {
	s := &Sim{
		service: map[string]int{"amy": 5, "ben": 3, "cat": 8, "dan": 2},
		waited:  map[string]int{},
		arrived: map[string]int{},
	}
	s.schedule(0, Arrive, "amy")
	s.schedule(2, Arrive, "ben")
	s.schedule(3, Arrive, "cat")
	s.schedule(20, Arrive, "dan")
	s.Run()
	fmt.Println(strings.Join(s.log, "\n"))
	fmt.Println("waited:", s.waited)
	total := 0
	for _, w := range s.waited {
		total += w
	}
	fmt.Printf("average wait %.2f over %d customers\n", float64(total)/float64(len(s.waited)), len(s.waited))
	fmt.Println([]Kind{Finish, Arrive}, Event{7, Start, "x", 0})
	fmt.Printf("%+v\n", Event{1, Finish, "y", 2})
}
