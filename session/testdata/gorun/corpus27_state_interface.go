package main

import "fmt"

type State interface {
	InsertCoin(m *Machine) State
	Push(m *Machine) State
	String() string
}

type Machine struct {
	coins int
	items int
	state State
}

type locked struct{}
type unlocked struct{}
type empty struct{}

func (locked) InsertCoin(m *Machine) State {
	m.coins++
	return unlocked{}
}
func (s locked) Push(m *Machine) State { fmt.Println("  push ignored: locked"); return s }
func (locked) String() string          { return "Locked" }

func (s unlocked) InsertCoin(m *Machine) State {
	fmt.Println("  coin returned")
	return s
}
func (unlocked) Push(m *Machine) State {
	m.items--
	fmt.Println("  item dispensed")
	if m.items == 0 {
		return empty{}
	}
	return locked{}
}
func (unlocked) String() string { return "Unlocked" }

func (s empty) InsertCoin(m *Machine) State { fmt.Println("  sold out"); return s }
func (s empty) Push(m *Machine) State       { return s }
func (empty) String() string                { return "Empty" }

func (m *Machine) Do(action string) {
	before := m.state
	switch action {
	case "coin":
		m.state = m.state.InsertCoin(m)
	case "push":
		m.state = m.state.Push(m)
	}
	fmt.Printf("%-4s %v -> %v\n", action, before, m.state)
}

func main() {
	m := &Machine{items: 2, state: locked{}}
	for _, a := range []string{"push", "coin", "coin", "push", "coin", "push", "coin", "push"} {
		m.Do(a)
	}
	fmt.Printf("coins=%d items=%d final=%s\n", m.coins, m.items, m.state)
	fmt.Printf("%v\n", []State{locked{}, unlocked{}, empty{}})
}
