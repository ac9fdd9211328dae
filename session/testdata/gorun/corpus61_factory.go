package main

import (
	"fmt"
	"sort"
)

type Vehicle interface {
	Wheels() int
	Drive() string
}

type Car struct{ Brand string }
type Bike struct{}
type Truck struct{ Load int }

func (c Car) Wheels() int      { return 4 }
func (c Car) Drive() string    { return c.Brand + " car drives on the road" }
func (Bike) Wheels() int       { return 2 }
func (Bike) Drive() string     { return "bike pedals along" }
func (t *Truck) Wheels() int   { return 18 }
func (t *Truck) Drive() string { return fmt.Sprintf("truck hauls %d tons", t.Load) }

type Factory func() Vehicle

var registry = map[string]Factory{}

func Register(kind string, f Factory) {
	if _, dup := registry[kind]; dup {
		panic("duplicate vehicle kind: " + kind)
	}
	registry[kind] = f
}

func NewVehicle(kind string) (Vehicle, error) {
	f, ok := registry[kind]
	if !ok {
		return nil, fmt.Errorf("unknown vehicle kind %q", kind)
	}
	return f(), nil
}

func init() {
	Register("car", func() Vehicle { return Car{Brand: "Volvo"} })
	Register("bike", func() Vehicle { return Bike{} })
	Register("truck", func() Vehicle { return &Truck{Load: 12} })
}

func main() {
	kinds := make([]string, 0, len(registry))
	for k := range registry {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Println("registered:", kinds)

	for _, k := range []string{"truck", "car", "boat", "bike"} {
		v, err := NewVehicle(k)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-6s %-12T wheels=%2d  %s\n", k, v, v.Wheels(), v.Drive())
	}

	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	Register("car", func() Vehicle { return Car{} })
	fmt.Println("not reached")
}
