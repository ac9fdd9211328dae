package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

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

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s\n", StateError, StateError, StateRetrying)
	fmt.Println([]ServerState{StateIdle, StateError})
	fmt.Println(Monday, Tuesday+0, Weekday(1))
	fmt.Printf("%q\n", Sunday)

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Name\tState\tCode")
	for _, s := range []ServerState{StateIdle, StateConnected, StateError} {
		fmt.Fprintf(w, "%s\t%v\t%d\n", strings.ToUpper(s.String()), s, int(s))
	}
	w.Flush()

	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w2, "a\tb\tc")
	fmt.Fprintln(w2, "aaa\tbbbbb\tc")
	w2.Flush()

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q\n", sb.String())
}
