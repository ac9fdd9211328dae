package main

import (
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

type Machine struct {
	state State
	table map[transition]State
	log   []string
}

func NewMachine() *Machine {
	return &Machine{
		state: Idle,
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
	}
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("no transition from %v on %q", m.state, ev)
	}
	m.log = append(m.log, fmt.Sprintf("%v -%s-> %v", m.state, ev, next))
	m.state = next
	return nil
}

func main() {
	m := NewMachine()
	for _, ev := range []Event{"start", "pause", "start", "resume", "stop", "resume"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Println("final:", m.state)
	fmt.Printf("%v %d %s\n", Paused, Paused, State(9))

	// A tiny lexer-style state machine over a string, with state functions.
	type stateFn func(r rune) stateFn
	var inWord, inSpace stateFn
	words := 0
	inWord = func(r rune) stateFn {
		if r == ' ' {
			return inSpace
		}
		return inWord
	}
	inSpace = func(r rune) stateFn {
		if r != ' ' {
			words++
			return inWord
		}
		return inSpace
	}
	st := inSpace
	for _, r := range "  state   functions are   neat " {
		st = st(r)
	}
	fmt.Println("words:", words)
}
