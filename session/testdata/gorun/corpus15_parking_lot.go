package main

import (
	"errors"
	"fmt"
)

type VehicleSize int

const (
	Motorcycle VehicleSize = iota
	Car
	Bus
)

func (s VehicleSize) String() string {
	switch s {
	case Motorcycle:
		return "motorcycle"
	case Car:
		return "car"
	case Bus:
		return "bus"
	}
	return fmt.Sprintf("VehicleSize(%d)", int(s))
}

type Vehicle struct {
	Plate string
	Size  VehicleSize
}

type Spot struct {
	ID       int
	Size     VehicleSize
	Occupant *Vehicle
}

func (s Spot) Free() bool { return s.Occupant == nil }

type Lot struct {
	spots  []Spot
	byPlat map[string]int
}

var ErrFull = errors.New("lot full")

func NewLot(sizes ...VehicleSize) *Lot {
	l := &Lot{byPlat: map[string]int{}}
	for i, s := range sizes {
		l.spots = append(l.spots, Spot{ID: i + 1, Size: s})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	for i := range l.spots {
		sp := &l.spots[i]
		if sp.Free() && sp.Size >= v.Size {
			sp.Occupant = &v
			l.byPlat[v.Plate] = i
			return sp.ID, nil
		}
	}
	return 0, fmt.Errorf("park %s (%v): %w", v.Plate, v.Size, ErrFull)
}

func (l *Lot) Leave(plate string) bool {
	i, ok := l.byPlat[plate]
	if !ok {
		return false
	}
	l.spots[i].Occupant = nil
	delete(l.byPlat, plate)
	return true
}

func (l *Lot) String() string {
	s := ""
	for _, sp := range l.spots {
		mark := "."
		if !sp.Free() {
			mark = sp.Occupant.Plate
		}
		s += fmt.Sprintf("[%d:%v %s]", sp.ID, sp.Size, mark)
	}
	return s
}

func main() {
	lot := NewLot(Motorcycle, Car, Car, Bus)
	fmt.Println(lot)
	vs := []Vehicle{{"M-1", Motorcycle}, {"C-1", Car}, {"C-2", Car}, {"B-1", Bus}, {"C-3", Car}}
	for _, v := range vs {
		id, err := lot.Park(v)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%s -> spot %d\n", v.Plate, id)
	}
	fmt.Println(lot)
	fmt.Println(lot.Leave("C-1"), lot.Leave("nope"))
	id, err := lot.Park(Vehicle{"C-3", Car})
	fmt.Println(id, err)
	fmt.Println(lot.String())
	fmt.Printf("%v %d %s\n", Bus, Bus, VehicleSize(7))
	free := 0
	for _, sp := range lot.spots {
		if sp.Free() {
			free++
		}
	}
	fmt.Println("free:", free)
}
