package main

import (
	"errors"
	"fmt"
)

type State interface {
	InsertCoin(m *Machine, cents int) error
	Select(m *Machine, item string) error
	Name() string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	dropped []string
	history []string
}

var (
	ErrNoCredit   = errors.New("insert coins first")
	ErrSoldOut    = errors.New("sold out")
	ErrNotEnough  = errors.New("not enough credit")
	ErrOutOfOrder = errors.New("machine empty")
)

type idle struct{}
type hasCredit struct{}
type empty struct{}

func (idle) Name() string      { return "idle" }
func (hasCredit) Name() string { return "has-credit" }
func (empty) Name() string     { return "empty" }

func (idle) InsertCoin(m *Machine, c int) error {
	m.credit += c
	m.setState(hasCredit{})
	return nil
}
func (idle) Select(m *Machine, item string) error { return ErrNoCredit }

func (hasCredit) InsertCoin(m *Machine, c int) error { m.credit += c; return nil }
func (hasCredit) Select(m *Machine, item string) error {
	price, ok := m.prices[item]
	if !ok {
		return fmt.Errorf("no item %q", item)
	}
	if m.stock[item] == 0 {
		return fmt.Errorf("%s: %w", item, ErrSoldOut)
	}
	if m.credit < price {
		return fmt.Errorf("%s costs %d, have %d: %w", item, price, m.credit, ErrNotEnough)
	}
	m.credit -= price
	m.stock[item]--
	m.dropped = append(m.dropped, item)
	total := 0
	for _, n := range m.stock {
		total += n
	}
	switch {
	case total == 0:
		m.setState(empty{})
	case m.credit == 0:
		m.setState(idle{})
	}
	return nil
}

func (empty) InsertCoin(m *Machine, c int) error   { return ErrOutOfOrder }
func (empty) Select(m *Machine, item string) error { return ErrOutOfOrder }

func (m *Machine) setState(s State) {
	m.history = append(m.history, m.state.Name()+"->"+s.Name())
	m.state = s
}

func main() {
	m := &Machine{state: idle{}, stock: map[string]int{"cola": 1, "chips": 1}, prices: map[string]int{"cola": 125, "chips": 75}}
	steps := []func() error{
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.InsertCoin(m, 100) },
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.InsertCoin(m, 25) },
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.InsertCoin(m, 100) },
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.Select(m, "gum") },
		func() error { return m.state.Select(m, "chips") },
		func() error { return m.state.InsertCoin(m, 5) },
	}
	for i, step := range steps {
		err := step()
		fmt.Printf("%d %-10s credit=%3d err=%v soldout=%v\n", i, m.state.Name(), m.credit, err, errors.Is(err, ErrSoldOut))
	}
	fmt.Println(m.dropped, m.history)
	fmt.Printf("%T %v\n", m.state, m.state == State(empty{}))
}
