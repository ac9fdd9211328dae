// A traffic-light state machine with an enum and transitions in a map.
package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Red State = iota + 1
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
	return "UNKNOWN"
}

type Event string

const (
	Go      Event = "go"
	Slow    Event = "slow"
	Stop    Event = "stop"
	Explode Event = "explode"
)

var transitions = map[State]map[Event]State{
	Red:    {Go: Green},
	Green:  {Slow: Yellow},
	Yellow: {Stop: Red},
}

var ErrBadTransition = errors.New("bad transition")

type TransitionError struct {
	From  State
	Event Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot %s from %v", e.Event, e.From)
}

func (e TransitionError) Unwrap() error { return ErrBadTransition }

type Light struct {
	state   State
	history []State
}

func (l *Light) Fire(e Event) error {
	next, ok := transitions[l.state][e]
	if !ok {
		return TransitionError{l.state, e}
	}
	l.history = append(l.history, l.state)
	l.state = next
	return nil
}

func main() {
	l := &Light{state: Red}
	events := []Event{Go, Slow, Go, Stop, Go, Explode}
	for _, e := range events {
		if err := l.Fire(e); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
			var te TransitionError
			if errors.As(err, &te) {
				fmt.Printf("  details: %+v\n", te)
			}
			continue
		}
		fmt.Println("now", l.state)
	}
	fmt.Println("history:", l.history)
	fmt.Printf("%v %d %v\n", l.state, l.state, State(0))
	var v any = Yellow
	switch x := v.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x)
	}
}
