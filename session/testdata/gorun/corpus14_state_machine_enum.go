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

var stateNames = map[State]string{Idle: "idle", Running: "running", Paused: "paused", Stopped: "stopped"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type Machine struct {
	state   State
	history []State
	hooks   map[State][]func(from State)
}

var ErrBadTransition = errors.New("bad transition")

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

func NewMachine() *Machine {
	return &Machine{hooks: map[State][]func(State){}}
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(e Event) error {
	next, ok := transitions[m.state][e]
	if !ok {
		return fmt.Errorf("%w: %v on %q", ErrBadTransition, m.state, e)
	}
	from := m.state
	m.history = append(m.history, from)
	m.state = next
	for _, h := range m.hooks[next] {
		h(from)
	}
	return nil
}

func main() {
	m := NewMachine()
	count := 0
	m.On(Running, func(from State) { count++; fmt.Println("  running (from", from, ")") })
	m.On(Stopped, func(from State) { fmt.Printf("  stopped from %v/%d\n", from, from) })
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "resume"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
			continue
		}
		fmt.Println(e, "->", m.state)
	}
	fmt.Println(m.history, count)
	fmt.Printf("%v %d %s %x\n", m.history, m.history, m.state, m.state)
	fmt.Println(State(9), Paused+1, Stopped-Running)
	var s fmt.Stringer = m.state
	fmt.Println(s)
	fmt.Printf("%#v %T\n", m.state, m.state)
	fmt.Println(map[State]int{Idle: 1, Stopped: 2})
}
