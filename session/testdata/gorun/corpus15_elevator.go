package main

import (
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	MovingUp
	MovingDown
	DoorsOpen
)

var stateNames = map[State]string{Idle: "idle", MovingUp: "up", MovingDown: "down", DoorsOpen: "doors-open"}

func (s State) String() string { return stateNames[s] }

type Elevator struct {
	Floor    int
	State    State
	requests map[int]bool
	trace    []string
}

func NewElevator() *Elevator { return &Elevator{requests: make(map[int]bool)} }

func (e *Elevator) Call(floor int) { e.requests[floor] = true }

func (e *Elevator) next() (int, bool) {
	if len(e.requests) == 0 {
		return 0, false
	}
	floors := make([]int, 0, len(e.requests))
	for f := range e.requests {
		floors = append(floors, f)
	}
	sort.Ints(floors)
	if e.State == MovingDown {
		for i := len(floors) - 1; i >= 0; i-- {
			if floors[i] <= e.Floor {
				return floors[i], true
			}
		}
	}
	for _, f := range floors {
		if f >= e.Floor {
			return f, true
		}
	}
	return floors[len(floors)-1], true
}

func (e *Elevator) Step() bool {
	target, ok := e.next()
	if !ok {
		e.State = Idle
		e.trace = append(e.trace, fmt.Sprintf("%d:%v", e.Floor, e.State))
		return false
	}
	switch {
	case target > e.Floor:
		e.State = MovingUp
		e.Floor++
	case target < e.Floor:
		e.State = MovingDown
		e.Floor--
	default:
		e.State = DoorsOpen
		delete(e.requests, target)
	}
	e.trace = append(e.trace, fmt.Sprintf("%d:%v", e.Floor, e.State))
	return true
}

func main() {
	e := NewElevator()
	e.Call(3)
	e.Call(1)
	e.Call(5)
	steps := 0
	for e.Step() {
		steps++
		if steps == 4 {
			e.Call(0)
		}
		if steps > 50 {
			break
		}
	}
	fmt.Println(steps, e.Floor, e.State)
	for i, t := range e.trace {
		fmt.Print(t)
		if i%5 == 4 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println()
	fmt.Printf("%v %d %s\n", e.State, e.State, MovingUp)
}
