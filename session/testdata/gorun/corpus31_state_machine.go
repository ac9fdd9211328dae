// A simple state machine: traffic light and turnstile
package main

import "fmt"

type State int

const (
	Red State = iota
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
	return fmt.Sprintf("State(%d)", int(s))
}

func (s State) Next() State {
	return (s + 1) % 3
}

type TurnstileState string
type Event string

const (
	Locked   TurnstileState = "Locked"
	Unlocked TurnstileState = "Unlocked"
)

type transition struct {
	from  TurnstileState
	event Event
}

var table = map[transition]TurnstileState{
	{Locked, "coin"}:   Unlocked,
	{Locked, "push"}:   Locked,
	{Unlocked, "coin"}: Unlocked,
	{Unlocked, "push"}: Locked,
}

type Turnstile struct {
	state  TurnstileState
	coins  int
	passes int
}

func (t *Turnstile) Fire(e Event) error {
	next, ok := table[transition{t.state, e}]
	if !ok {
		return fmt.Errorf("no transition from %s on %q", t.state, e)
	}
	if e == "coin" {
		t.coins++
	}
	if e == "push" && t.state == Unlocked {
		t.passes++
	}
	fmt.Printf("%-8s --%s--> %s\n", t.state, e, next)
	t.state = next
	return nil
}

func main() {
	light := Red
	durations := map[State]int{Red: 30, Green: 25, Yellow: 5}
	elapsed := 0
	for i := 0; i < 7; i++ {
		fmt.Printf("t=%3ds %v for %ds\n", elapsed, light, durations[light])
		elapsed += durations[light]
		light = light.Next()
	}
	fmt.Println(State(7), Yellow.Next())
	fmt.Printf("%v %d %T\n", light, light, light)

	ts := &Turnstile{state: Locked}
	for _, e := range []Event{"push", "coin", "push", "coin", "coin", "push", "kick"} {
		if err := ts.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("%+v\n", *ts)
}
