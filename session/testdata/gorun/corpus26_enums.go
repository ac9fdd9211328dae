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
	Monday Weekday = iota + 1
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s\n", StateError, StateError, StateRetrying)
	fmt.Println(transition(StateError))
	fmt.Println(Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB)
	states := []ServerState{StateIdle, StateError}
	fmt.Println(states)
	fmt.Printf("%v|%+v|%T\n", StateConnected, StateConnected, StateConnected)
	x := fmt.Sprint(StateRetrying)
	fmt.Println(len(x))
}
