package main

import (
	"errors"
	"fmt"
)

type State interface {
	InsertCoin(m *Machine) error
	PressButton(m *Machine) error
	Name() string
}

type Machine struct {
	state State
	stock int
	log   []string
}

type idle struct{}
type hasCoin struct{}
type soldOut struct{}

var errNoCoin = errors.New("insert a coin first")

func (idle) Name() string { return "idle" }
func (idle) InsertCoin(m *Machine) error {
	m.setState(hasCoin{})
	return nil
}
func (idle) PressButton(m *Machine) error { return errNoCoin }

func (hasCoin) Name() string                { return "has-coin" }
func (hasCoin) InsertCoin(m *Machine) error { return errors.New("coin already inserted") }
func (hasCoin) PressButton(m *Machine) error {
	m.stock--
	m.log = append(m.log, "dispensed")
	if m.stock == 0 {
		m.setState(soldOut{})
	} else {
		m.setState(idle{})
	}
	return nil
}

func (soldOut) Name() string                 { return "sold-out" }
func (soldOut) InsertCoin(m *Machine) error  { return errors.New("sold out, coin returned") }
func (soldOut) PressButton(m *Machine) error { return errors.New("sold out") }

func (m *Machine) setState(s State) {
	m.log = append(m.log, m.state.Name()+"->"+s.Name())
	m.state = s
}

func NewMachine(stock int) *Machine {
	m := &Machine{stock: stock, state: idle{}}
	if stock == 0 {
		m.state = soldOut{}
	}
	return m
}

func main() {
	m := NewMachine(2)
	actions := []string{"press", "coin", "coin", "press", "coin", "press", "coin", "press"}
	for i, a := range actions {
		var err error
		switch a {
		case "coin":
			err = m.state.InsertCoin(m)
		case "press":
			err = m.state.PressButton(m)
		}
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		fmt.Printf("%d %-5s state=%-8s stock=%d %s\n", i, a, m.state.Name(), m.stock, status)
	}
	fmt.Println(m.log)
	fmt.Printf("%T %v\n", m.state, errors.Is(NewMachine(1).state.PressButton(nil), errNoCoin))
}
