package main

import (
	"errors"
	"fmt"
)

type State string

const (
	Idle       State = "idle"
	HasMoney   State = "has-money"
	Dispensing State = "dispensing"
	OutOfStock State = "out-of-stock"
)

type Event struct {
	Kind   string
	Amount int
}

type Machine struct {
	state   State
	credit  int
	price   int
	stock   int
	handler map[State]func(*Machine, Event) error
}

var ErrBadEvent = errors.New("event not allowed")

func NewMachine(price, stock int) *Machine {
	m := &Machine{state: Idle, price: price, stock: stock}
	m.handler = map[State]func(*Machine, Event) error{
		Idle: func(m *Machine, e Event) error {
			if e.Kind != "coin" {
				return fmt.Errorf("%w: %s in %s", ErrBadEvent, e.Kind, m.state)
			}
			m.credit += e.Amount
			m.state = HasMoney
			return nil
		},
		HasMoney: func(m *Machine, e Event) error {
			switch e.Kind {
			case "coin":
				m.credit += e.Amount
			case "refund":
				fmt.Printf("  refunding %d\n", m.credit)
				m.credit = 0
				m.state = Idle
			case "select":
				if m.credit < m.price {
					return fmt.Errorf("need %d more", m.price-m.credit)
				}
				m.state = Dispensing
				m.credit -= m.price
				m.stock--
				fmt.Printf("  dispensing, change %d\n", m.credit)
				m.credit = 0
				if m.stock == 0 {
					m.state = OutOfStock
				} else {
					m.state = Idle
				}
			default:
				return fmt.Errorf("%w: %s", ErrBadEvent, e.Kind)
			}
			return nil
		},
		OutOfStock: func(m *Machine, e Event) error {
			if e.Kind == "restock" {
				m.stock += e.Amount
				m.state = Idle
				return nil
			}
			return errors.New("sold out")
		},
	}
	return m
}

func (m *Machine) Fire(e Event) {
	before := m.state
	err := m.handler[m.state](m, e)
	if err != nil {
		fmt.Printf("%-12s %-8s -> error: %v (bad event: %t)\n", before, e.Kind, err, errors.Is(err, ErrBadEvent))
		return
	}
	fmt.Printf("%-12s %-8s -> %s (credit %d, stock %d)\n", before, e.Kind, m.state, m.credit, m.stock)
}

func main() {
	m := NewMachine(75, 2)
	events := []Event{
		{"select", 0}, {"coin", 25}, {"select", 0}, {"coin", 25}, {"coin", 50}, {"select", 0},
		{"coin", 100}, {"refund", 0}, {"coin", 100}, {"select", 0}, {"coin", 25},
		{"restock", 5}, {"coin", 75}, {"kick", 0}, {"select", 0},
	}
	for _, e := range events {
		m.Fire(e)
	}
}
