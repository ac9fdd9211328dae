package main

import (
	"errors"
	"fmt"
)

type State interface {
	Insert(m *Vending, coins int) error
	Select(m *Vending, item string) error
	Dispense(m *Vending) error
	String() string
}

type Vending struct {
	state   State
	balance int
	chosen  string
	stock   map[string]int
	prices  map[string]int
}

var ErrInvalid = errors.New("invalid in this state")

type idle struct{}
type hasMoney struct{}
type dispensing struct{}

func (idle) String() string       { return "idle" }
func (hasMoney) String() string   { return "has-money" }
func (dispensing) String() string { return "dispensing" }

func (idle) Insert(m *Vending, c int) error {
	m.balance += c
	m.state = hasMoney{}
	return nil
}
func (idle) Select(*Vending, string) error { return fmt.Errorf("select: %w", ErrInvalid) }
func (idle) Dispense(*Vending) error       { return fmt.Errorf("dispense: %w", ErrInvalid) }

func (hasMoney) Insert(m *Vending, c int) error { m.balance += c; return nil }
func (hasMoney) Select(m *Vending, item string) error {
	price, ok := m.prices[item]
	switch {
	case !ok:
		return fmt.Errorf("unknown item %q", item)
	case m.stock[item] == 0:
		return fmt.Errorf("%s sold out", item)
	case m.balance < price:
		return fmt.Errorf("need %d more for %s", price-m.balance, item)
	}
	m.chosen = item
	m.state = dispensing{}
	return nil
}
func (hasMoney) Dispense(*Vending) error { return fmt.Errorf("dispense: %w", ErrInvalid) }

func (dispensing) Insert(*Vending, int) error    { return fmt.Errorf("insert: %w", ErrInvalid) }
func (dispensing) Select(*Vending, string) error { return fmt.Errorf("select: %w", ErrInvalid) }
func (dispensing) Dispense(m *Vending) error {
	m.stock[m.chosen]--
	m.balance -= m.prices[m.chosen]
	fmt.Printf("  -> %s dispensed, change %d\n", m.chosen, m.balance)
	m.balance, m.chosen = 0, ""
	m.state = idle{}
	return nil
}

func main() {
	m := &Vending{state: idle{}, stock: map[string]int{"cola": 1, "chips": 0}, prices: map[string]int{"cola": 150, "chips": 100}}
	steps := []struct {
		op  string
		arg any
	}{
		{"select", "cola"}, {"insert", 100}, {"select", "cola"}, {"insert", 100},
		{"select", "chips"}, {"select", "tea"}, {"select", "cola"}, {"insert", 5},
		{"dispense", nil}, {"insert", 200}, {"select", "cola"},
	}
	for _, s := range steps {
		var err error
		switch s.op {
		case "insert":
			err = m.state.Insert(m, s.arg.(int))
		case "select":
			err = m.state.Select(m, s.arg.(string))
		case "dispense":
			err = m.state.Dispense(m)
		}
		fmt.Printf("%-8s %-5v state=%-10v balance=%3d", s.op, s.arg, m.state, m.balance)
		if err != nil {
			fmt.Printf(" err=%v invalid=%t", err, errors.Is(err, ErrInvalid))
		}
		fmt.Println()
	}
}
