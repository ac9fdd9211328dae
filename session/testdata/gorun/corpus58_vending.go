package main

import (
	"errors"
	"fmt"
)

type State uint8

const (
	Idle State = iota + 1
	HasMoney
	Dispensing
	OutOfService
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfService:
		return "OutOfService"
	}
	return "?"
}

var ErrBadState = errors.New("operation not allowed")

type Machine struct {
	state  State
	credit int
	stock  map[string]int
	prices map[string]int
}

func (m *Machine) Insert(c int) error {
	if m.state != Idle && m.state != HasMoney {
		return fmt.Errorf("insert in %v: %w", m.state, ErrBadState)
	}
	m.credit += c
	m.state = HasMoney
	return nil
}

func (m *Machine) Choose(item string) (change int, err error) {
	defer func() {
		if err == nil {
			m.state = Idle
			m.credit = 0
		}
	}()
	if m.state != HasMoney {
		return 0, fmt.Errorf("choose in %v: %w", m.state, ErrBadState)
	}
	price, ok := m.prices[item]
	switch {
	case !ok:
		return 0, fmt.Errorf("unknown item %s", item)
	case m.stock[item] == 0:
		return 0, fmt.Errorf("%s sold out", item)
	case m.credit < price:
		return 0, fmt.Errorf("need %d more cents for %s", price-m.credit, item)
	}
	m.state = Dispensing
	m.stock[item]--
	if m.stock["cola"]+m.stock["chips"] == 0 {
		defer func() { m.state = OutOfService }()
	}
	return m.credit - price, nil
}

func main() {
	m := &Machine{
		state:  Idle,
		stock:  map[string]int{"cola": 1, "chips": 1},
		prices: map[string]int{"cola": 125, "chips": 75},
	}
	steps := []func() string{
		func() string { _, err := m.Choose("cola"); return fmt.Sprint(err) },
		func() string { return fmt.Sprint(m.Insert(100)) },
		func() string { _, err := m.Choose("cola"); return fmt.Sprint(err) },
		func() string { return fmt.Sprint(m.Insert(50)) },
		func() string { c, err := m.Choose("cola"); return fmt.Sprint(c, err) },
		func() string { m.Insert(25); _, err := m.Choose("gum"); return fmt.Sprint(err) },
		func() string { m.Insert(100); c, err := m.Choose("chips"); return fmt.Sprint(c, err) },
		func() string { err := m.Insert(25); return fmt.Sprint(errors.Is(err, ErrBadState), err) },
	}
	for i, s := range steps {
		out := s()
		fmt.Printf("step %d: %-45s state=%v credit=%d\n", i+1, out, m.state, m.credit)
	}
}
