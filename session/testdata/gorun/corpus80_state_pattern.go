package main

import (
	"errors"
	"fmt"
	"strings"
)

// A vending machine with the state pattern: each state is a type, and the
// machine delegates to its current state through an interface field.
type State interface {
	Insert(m *Machine, coins int) error
	Select(m *Machine, item string) error
	Name() string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
}

var ErrBusy = errors.New("machine busy")

type idle struct{}
type hasCredit struct{}
type soldOut struct{ reason string }

func (idle) Name() string      { return "idle" }
func (hasCredit) Name() string { return "has-credit" }
func (s soldOut) Name() string { return "sold-out(" + s.reason + ")" }

func (idle) Insert(m *Machine, coins int) error {
	m.credit += coins
	m.setState(hasCredit{})
	return nil
}

func (idle) Select(m *Machine, item string) error {
	return fmt.Errorf("select %s: insert coins first", item)
}

func (hasCredit) Insert(m *Machine, coins int) error {
	m.credit += coins
	return nil
}

func (hasCredit) Select(m *Machine, item string) error {
	price, ok := m.prices[item]
	if !ok {
		return fmt.Errorf("select %s: unknown item", item)
	}
	if m.stock[item] == 0 {
		return fmt.Errorf("select %s: out of stock", item)
	}
	if m.credit < price {
		return fmt.Errorf("select %s: need %d more", item, price-m.credit)
	}
	m.credit -= price
	m.stock[item]--
	m.history = append(m.history, item)
	if m.total() == 0 {
		m.setState(soldOut{"empty"})
	} else if m.credit == 0 {
		m.setState(idle{})
	}
	return nil
}

func (s soldOut) Insert(m *Machine, coins int) error {
	return fmt.Errorf("insert %d: %w (%s)", coins, ErrBusy, s.reason)
}

func (s soldOut) Select(m *Machine, item string) error { return s.Insert(m, 0) }

func (m *Machine) setState(s State) {
	m.history = append(m.history, "["+m.state.Name()+"->"+s.Name()+"]")
	m.state = s
}

func (m *Machine) total() int {
	n := 0
	for _, v := range m.stock {
		n += v
	}
	return n
}

func (m *Machine) Insert(c int) error       { return m.state.Insert(m, c) }
func (m *Machine) Select(item string) error { return m.state.Select(m, item) }

func main() {
	m := &Machine{
		state:  idle{},
		stock:  map[string]int{"cola": 1, "chips": 1},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	steps := []func() error{
		func() error { return m.Select("cola") },
		func() error { return m.Insert(100) },
		func() error { return m.Select("cola") },
		func() error { return m.Insert(50) },
		func() error { return m.Select("cola") },
		func() error { return m.Insert(100) },
		func() error { return m.Select("cola") },
		func() error { return m.Select("gum") },
		func() error { return m.Select("chips") },
		func() error { return m.Insert(5) },
	}
	for i, step := range steps {
		err := step()
		fmt.Printf("%d %-22s credit=%-3d err=%v\n", i, m.state.Name(), m.credit, err)
		if errors.Is(err, ErrBusy) {
			fmt.Println("  busy:", err)
		}
	}
	fmt.Println(strings.Join(m.history, " "))
	_, done := m.state.(soldOut)
	fmt.Println(done, m.state == State(soldOut{"empty"}), m.state == State(soldOut{"full"}))
}
