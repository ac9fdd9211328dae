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
	return [...]string{"?", "Sun", "Mon", "Tue"}[d]
}

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s %q\n", StateError, StateError, StateRetrying, StateConnected)
	fmt.Println(Sunday, Tuesday, []Weekday{Monday, Sunday})
	fmt.Println(FlagA, FlagB, FlagC, FlagA|FlagC)
	states := map[ServerState]int{StateIdle: 1}
	fmt.Println(states)
	fmt.Printf("%T\n", StateIdle)
}
