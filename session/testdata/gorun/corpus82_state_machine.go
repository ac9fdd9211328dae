package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Idle, "start"}:    Running,
	{Running, "pause"}: Paused,
	{Paused, "resume"}: Running,
	{Running, "stop"}:  Stopped,
	{Paused, "stop"}:   Stopped,
}

type ErrBadTransition struct {
	From State
	Ev   Event
}

func (e ErrBadTransition) Error() string {
	return fmt.Sprintf("cannot %s while %v", e.Ev, e.From)
}

type Machine struct {
	state   State
	history []State
}

func (m *Machine) Fire(ev Event) error {
	next, ok := table[transition{m.state, ev}]
	if !ok {
		return ErrBadTransition{m.state, ev}
	}
	m.history = append(m.history, m.state)
	m.state = next
	return nil
}

func main() {
	var m Machine
	for _, ev := range []Event{"start", "pause", "start", "resume", "stop", "resume"} {
		if err := m.Fire(ev); err != nil {
			var bt ErrBadTransition
			if errors.As(err, &bt) {
				fmt.Printf("error: %v (state %d)\n", err, bt.From)
			}
			continue
		}
		fmt.Printf("%-7s -> %v\n", ev, m.state)
	}
	fmt.Println(m.history, State(9))
	fmt.Printf("%v %d %s %q\n", m.state, m.state, m.state, m.state)
}
