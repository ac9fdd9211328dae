package main

import "fmt"

// A switch on a value of an interface the program declares, with cases
// computed (a variable of the interface, a pointer variable, a composite
// literal): the interpreter compared its boxes of two equal values
// unequal ("unknown mode0" where Go prints "off"), silently, or
// converted a box to the case's type and crashed.

type State interface{ Name() string }
type light struct{ color string }

func (l *light) Name() string { return l.color }

type mode struct{ m int }

func (m mode) Name() string { return fmt.Sprint("mode", m.m) }

var (
	Red   = &light{"red"}
	Green = &light{"green"}
)

var Off State = mode{0}

func describe(s State) string {
	switch s {
	case Red:
		return "stop"
	case Green:
		return "go"
	case Off:
		return "off"
	case mode{1}:
		return "mode one"
	}
	return "unknown " + s.Name()
}

func main() {
	var cur State = Red
	fmt.Println(describe(cur), describe(Green), describe(&light{"red"}))
	fmt.Println(describe(mode{0}), describe(mode{1}), describe(mode{2}))
	var other State = mode{0}
	switch other {
	case Off:
		fmt.Println("other is off")
	default:
		fmt.Println("other is not off")
	}
	calls := 0
	next := func(s State) State { calls++; return s }
	switch next(mode{1}) {
	case Red, next(Off):
		fmt.Println("red or off")
	case next(mode{1}), next(mode{2}):
		fmt.Println("mode one, calls:", calls)
	}
	var nothing State
	switch nothing {
	case nil:
		fmt.Println("nil state")
	case Off:
		fmt.Println("off?")
	}
}
