package main

import (
	"errors"
	"fmt"
	"strings"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return "?"
}

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	ID       int
	Size     Size
	Occupant *Vehicle
}

func (s *Spot) Free() bool { return s.Occupant == nil }

type Lot struct {
	spots   []*Spot
	tickets map[string]int
}

var ErrFull = errors.New("parking lot full")

func NewLot(sizes ...Size) *Lot {
	l := &Lot{tickets: map[string]int{}}
	for i, sz := range sizes {
		l.spots = append(l.spots, &Spot{ID: i + 1, Size: sz})
	}
	return l
}

func (l *Lot) Park(v *Vehicle) (int, error) {
	if _, in := l.tickets[v.Plate]; in {
		return 0, fmt.Errorf("%s is already parked", v.Plate)
	}
	for _, s := range l.spots {
		if s.Free() && s.Size >= v.Size {
			s.Occupant = v
			l.tickets[v.Plate] = s.ID
			return s.ID, nil
		}
	}
	return 0, fmt.Errorf("park %s (%v): %w", v.Plate, v.Size, ErrFull)
}

func (l *Lot) Leave(plate string) bool {
	id, ok := l.tickets[plate]
	if !ok {
		return false
	}
	l.spots[id-1].Occupant = nil
	delete(l.tickets, plate)
	return true
}

func (l *Lot) String() string {
	var b strings.Builder
	for _, s := range l.spots {
		if s.Free() {
			fmt.Fprintf(&b, "[%d%v:    ]", s.ID, s.Size)
		} else {
			fmt.Fprintf(&b, "[%d%v:%s]", s.ID, s.Size, s.Occupant.Plate)
		}
	}
	return b.String()
}

func main() {
	lot := NewLot(Small, Medium, Medium, Large)
	cars := []*Vehicle{{"AB12", Medium}, {"MOTO", Small}, {"BUS1", Large}, {"CD34", Medium}, {"EF56", Medium}, {"AB12", Medium}}
	for _, c := range cars {
		id, err := lot.Park(c)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%s -> spot %d\n", c.Plate, id)
	}
	fmt.Println(lot)
	fmt.Println(lot.Leave("BUS1"), lot.Leave("NOPE"))
	id, err := lot.Park(&Vehicle{"EF56", Medium})
	fmt.Println(id, err)
	fmt.Println(lot)
	fmt.Printf("%v %+v %v\n", *cars[0], *lot.spots[1].Occupant, lot.spots[1].Size)
}
