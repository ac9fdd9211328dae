package main

import "fmt"

type ServerState int

const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

func (ss ServerState) String() string {
	return stateName[ss]
}

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

type Weekday uint8

const (
	Sunday Weekday = iota + 1
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	}
	return fmt.Sprintf("Weekday(%d)", uint8(d))
}

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)

	ns2 := transition(ns)
	fmt.Println(ns2)

	fmt.Printf("%v %d %s\n", StateError, StateError, StateRetrying)
	fmt.Println(Sunday, Tuesday, Weekday(9))
	fmt.Printf("%v|%d|%q\n", Monday, Monday, Monday)
	fmt.Println(KB, MB, GB)

	states := []ServerState{StateError, StateIdle}
	fmt.Println(states)
	fmt.Printf("%v\n", map[string]Weekday{"x": Monday})
}
