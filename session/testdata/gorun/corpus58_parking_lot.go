package main

import (
	"fmt"
	"sort"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string { return [...]string{"small", "medium", "large"}[s] }

type Vehicle interface {
	Plate() string
	Size() Size
}

type Motorcycle struct{ plate string }
type Car struct{ plate string }
type Bus struct {
	plate string
	seats int
}

func (m Motorcycle) Plate() string { return m.plate }
func (m Motorcycle) Size() Size    { return Small }
func (c Car) Plate() string        { return c.plate }
func (c Car) Size() Size           { return Medium }
func (b *Bus) Plate() string       { return b.plate }
func (b *Bus) Size() Size          { return Large }

type Spot struct {
	ID       int
	Size     Size
	Occupant Vehicle
}

type Lot struct {
	spots  []*Spot
	parked map[string]*Spot
}

func NewLot(sizes ...Size) *Lot {
	l := &Lot{parked: map[string]*Spot{}}
	for i, s := range sizes {
		l.spots = append(l.spots, &Spot{ID: i + 1, Size: s})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	if _, dup := l.parked[v.Plate()]; dup {
		return 0, fmt.Errorf("%s is already parked", v.Plate())
	}
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size() {
			s.Occupant = v
			l.parked[v.Plate()] = s
			return s.ID, nil
		}
	}
	return 0, fmt.Errorf("no %v spot for %s", v.Size(), v.Plate())
}

func (l *Lot) Leave(plate string) bool {
	s, ok := l.parked[plate]
	if ok {
		s.Occupant = nil
		delete(l.parked, plate)
	}
	return ok
}

func describe(v Vehicle) string {
	switch v := v.(type) {
	case *Bus:
		return fmt.Sprintf("bus %s with %d seats", v.plate, v.seats)
	case Car:
		return "car " + v.plate
	default:
		return fmt.Sprintf("%T %s", v, v.Plate())
	}
}

func main() {
	lot := NewLot(Small, Medium, Medium, Large)
	vehicles := []Vehicle{Car{"CAR-1"}, Motorcycle{"MOTO-1"}, &Bus{"BUS-1", 40}, Car{"CAR-2"}, Car{"CAR-3"}, Car{"CAR-1"}}
	for _, v := range vehicles {
		id, err := lot.Park(v)
		if err != nil {
			fmt.Println("cannot park:", err)
			continue
		}
		fmt.Printf("%-22s -> spot %d\n", describe(v), id)
	}
	fmt.Println(lot.Leave("CAR-2"), lot.Leave("NOPE"))
	id, err := lot.Park(Car{"CAR-3"})
	fmt.Println(id, err)
	plates := make([]string, 0, len(lot.parked))
	for p := range lot.parked {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	for _, p := range plates {
		s := lot.parked[p]
		fmt.Printf("%s in %d (%v) %T\n", p, s.ID, s.Size, s.Occupant)
	}
	_, isCar := vehicles[0].(Car)
	fmt.Println(isCar, vehicles[1])
}
