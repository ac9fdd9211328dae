package main

import (
	"fmt"
	"sort"
)

type Coin int

const (
	Nickel  Coin = 5
	Dime    Coin = 10
	Quarter Coin = 25
	Dollar  Coin = 100
)

func (c Coin) String() string { return fmt.Sprintf("%d¢", int(c)) }

type Slot struct {
	Name  string
	Price int
	Count int
}

type VendingMachine struct {
	slots   map[string]*Slot
	credit  int
	revenue int
}

type VendError struct {
	Code   string
	Reason string
}

func (e *VendError) Error() string { return e.Code + ": " + e.Reason }

func (vm *VendingMachine) Insert(coins ...Coin) {
	for _, c := range coins {
		vm.credit += int(c)
	}
}

func (vm *VendingMachine) Select(code string) (string, []Coin, error) {
	s, ok := vm.slots[code]
	switch {
	case !ok:
		return "", nil, &VendError{code, "no such slot"}
	case s.Count == 0:
		return "", nil, &VendError{code, s.Name + " sold out"}
	case vm.credit < s.Price:
		return "", nil, &VendError{code, fmt.Sprintf("need %d more", s.Price-vm.credit)}
	}
	s.Count--
	vm.revenue += s.Price
	change := makeChange(vm.credit - s.Price)
	vm.credit = 0
	return s.Name, change, nil
}

func makeChange(amount int) []Coin {
	var out []Coin
	for _, c := range []Coin{Quarter, Dime, Nickel} {
		for amount >= int(c) {
			out = append(out, c)
			amount -= int(c)
		}
	}
	return out
}

func main() {
	vm := &VendingMachine{slots: map[string]*Slot{
		"A1": {"Chips", 65, 2},
		"A2": {"Candy", 85, 1},
		"B1": {"Water", 100, 0},
	}}
	steps := []struct {
		coins []Coin
		code  string
	}{
		{[]Coin{Quarter, Quarter}, "A1"},
		{[]Coin{Dime, Nickel}, "A1"},
		{[]Coin{Dollar}, "A2"},
		{[]Coin{Dollar}, "A2"},
		{nil, "B1"},
		{nil, "C9"},
	}
	for _, st := range steps {
		vm.Insert(st.coins...)
		item, change, err := vm.Select(st.code)
		if err != nil {
			var ve *VendError
			ve = err.(*VendError)
			fmt.Printf("%s failed (%s), credit %d\n", ve.Code, ve.Reason, vm.credit)
			continue
		}
		fmt.Printf("got %s, change %v\n", item, change)
	}
	codes := []string{}
	for c := range vm.slots {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Printf("%s %+v\n", c, *vm.slots[c])
	}
	fmt.Println("revenue:", vm.revenue, "credit:", vm.credit)
}
