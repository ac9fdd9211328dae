package main

import "fmt"

type State int

const (
	Red State = iota
	Green
	Yellow
)

func (s State) String() string {
	switch s {
	case Red:
		return "RED"
	case Green:
		return "GREEN"
	case Yellow:
		return "YELLOW"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const (
	Tick      Event = "tick"
	Emergency Event = "emergency"
	Reset     Event = "reset"
)

type Light struct {
	state   State
	elapsed int
}

var durations = map[State]int{Red: 3, Green: 2, Yellow: 1}

func (l *Light) Handle(e Event) (changed bool) {
	prev := l.state
	switch e {
	case Tick:
		l.elapsed++
		if l.elapsed >= durations[l.state] {
			l.state = (l.state + 1) % 3
			l.elapsed = 0
		}
	case Emergency:
		l.state = Red
		l.elapsed = 0
	case Reset:
		*l = Light{}
	}
	return prev != l.state
}

func main() {
	var l Light
	events := []Event{Tick, Tick, Tick, Tick, Tick, Tick, Tick, Emergency, Tick, Reset}
	for i, e := range events {
		changed := l.Handle(e)
		marker := ""
		if changed {
			marker = " <- changed"
		}
		fmt.Printf("%2d %-9s %v (%d)%s\n", i, e, l.state, l.elapsed, marker)
	}
	fmt.Println(State(7))
	fmt.Printf("%d %s %v\n", Yellow, Yellow, []State{Red, Green})
}
