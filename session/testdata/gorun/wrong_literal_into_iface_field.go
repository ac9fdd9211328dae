package main

import "fmt"

type State interface {
	Handle(l *Light) string
}

type Light struct {
	state State
	log   map[string]State
	hist  []State
}

type red struct{}
type green struct{ secs int }
type yellow struct{ blink bool }

func (red) Handle(l *Light) string {
	l.state = green{30}
	return "red -> green"
}

func (g green) Handle(l *Light) string {
	l.state = yellow{blink: g.secs > 10}
	return fmt.Sprintf("green(%d) -> yellow", g.secs)
}

func (y yellow) Handle(l *Light) string {
	l.state = red{}
	return fmt.Sprintf("yellow(%v) -> red", y.blink)
}

func main() {
	l := &Light{state: red{}, log: map[string]State{}, hist: make([]State, 1)}
	for i := 0; i < 4; i++ {
		fmt.Println(l.state.Handle(l))
		fmt.Printf("  now %T %+v\n", l.state, l.state)
	}
	l.log["start"] = green{5}
	l.hist[0] = yellow{}
	p := &l.state
	*p = green{1}
	fmt.Printf("%+v %+v %+v\n", l.log["start"], l.hist[0], l.state)
}
