package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfOrder
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Selecting:
		return "Selecting"
	case Paying:
		return "Paying"
	case Dispensing:
		return "Dispensing"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transition]State
	history []State
	credit  int
}

type TransitionError struct {
	State State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %q", e.State, e.Event)
}

func NewMachine() *Machine {
	return &Machine{state: Idle, table: map[transition]State{
		{Idle, "touch"}:       Selecting,
		{Selecting, "choose"}: Paying,
		{Selecting, "cancel"}: Idle,
		{Paying, "coin"}:      Paying,
		{Paying, "paid"}:      Dispensing,
		{Paying, "cancel"}:    Idle,
		{Dispensing, "taken"}: Idle,
	}}
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return &TransitionError{m.state, ev}
	}
	if ev == "coin" {
		m.credit += 25
	}
	m.history = append(m.history, m.state)
	m.state = next
	return nil
}

func main() {
	m := NewMachine()
	events := strings.Fields("touch choose coin coin paid pay taken touch cancel cancel")
	for _, e := range events {
		before := m.state
		if err := m.Fire(Event(e)); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-10v --%s--> %v\n", before, e, m.state)
	}
	fmt.Println("history:", m.history)
	fmt.Println("credit:", m.credit, "final:", m.state)
	fmt.Printf("%v %d %s %v\n", OutOfOrder, Paying, Dispensing, []State{Idle, 7})
	var err error = &TransitionError{Idle, "x"}
	fmt.Println(err)
}
