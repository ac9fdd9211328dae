package main

import (
	"fmt"
	"slices"
)

type Direction int

const (
	Down Direction = iota - 1
	Stopped
	Up
)

func (d Direction) String() string {
	return map[Direction]string{Down: "down", Stopped: "stopped", Up: "up"}[d]
}

type Elevator struct {
	Floor    int
	Dir      Direction
	Requests []int
	Log      []string
}

func (e *Elevator) Call(floor int) {
	if !slices.Contains(e.Requests, floor) && floor != e.Floor {
		e.Requests = append(e.Requests, floor)
	}
}

func (e *Elevator) chooseDirection() {
	if len(e.Requests) == 0 {
		e.Dir = Stopped
		return
	}
	ahead := false
	for _, r := range e.Requests {
		if (e.Dir == Up && r > e.Floor) || (e.Dir == Down && r < e.Floor) {
			ahead = true
		}
	}
	if !ahead {
		if e.Requests[0] > e.Floor {
			e.Dir = Up
		} else {
			e.Dir = Down
		}
	}
}

func (e *Elevator) Step() {
	e.chooseDirection()
	if e.Dir == Stopped {
		return
	}
	e.Floor += int(e.Dir)
	if i := slices.Index(e.Requests, e.Floor); i >= 0 {
		e.Requests = slices.Delete(e.Requests, i, i+1)
		e.Log = append(e.Log, fmt.Sprintf("stop at %d going %v", e.Floor, e.Dir))
	}
}

func main() {
	e := &Elevator{}
	calls := map[int][]int{0: {5, 2}, 3: {1}, 4: {8}, 9: {0, 3}}
	for tick := range 20 {
		for _, f := range calls[tick] {
			e.Call(f)
		}
		e.Step()
		fmt.Printf("tick %2d floor %d %-7v pending %v\n", tick, e.Floor, e.Dir, e.Requests)
	}
	for _, l := range e.Log {
		fmt.Println(l)
	}
	fmt.Println(Direction(-1), Direction(0), Up)
}
