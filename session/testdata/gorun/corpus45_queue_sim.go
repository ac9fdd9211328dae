package main

import (
	"container/heap"
	"fmt"
	"math/rand"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type eventKind int

const (
	arrival eventKind = iota
	departure
)

type event struct {
	at   int
	kind eventKind
	cust *Customer
}

type eventQueue []event

func (q eventQueue) Len() int { return len(q) }
func (q eventQueue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].kind > q[j].kind // departures first at equal times
}
func (q eventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *eventQueue) Push(x any)   { *q = append(*q, x.(event)) }
func (q *eventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

func simulate(tellers int, custs []*Customer) (maxWait int, avgWait float64) {
	q := &eventQueue{}
	for _, c := range custs {
		heap.Push(q, event{c.Arrive, arrival, c})
	}
	free := tellers
	var line []*Customer
	total := 0
	for q.Len() > 0 {
		e := heap.Pop(q).(event)
		switch e.kind {
		case arrival:
			line = append(line, e.cust)
		case departure:
			free++
		}
		for free > 0 && len(line) > 0 {
			c := line[0]
			line = line[1:]
			free--
			wait := e.at - c.Arrive
			total += wait
			maxWait = max(maxWait, wait)
			heap.Push(q, event{e.at + c.Service, departure, c})
		}
	}
	return maxWait, float64(total) / float64(len(custs))
}

func main() {
	rng := rand.New(rand.NewSource(7))
	var custs []*Customer
	t := 0
	for i := 1; i <= 20; i++ {
		t += rng.Intn(4)
		custs = append(custs, &Customer{ID: i, Arrive: t, Service: 2 + rng.Intn(6)})
	}
	for _, c := range custs[:5] {
		fmt.Printf("%+v\n", *c)
	}
	for tellers := 1; tellers <= 4; tellers++ {
		mx, avg := simulate(tellers, custs)
		fmt.Printf("tellers=%d max wait=%2d avg wait=%5.2f\n", tellers, mx, avg)
	}
}
