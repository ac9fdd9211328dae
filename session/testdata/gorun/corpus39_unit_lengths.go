package main

import (
	"fmt"
	"sort"
)

type Meters float64
type Feet float64
type Inches float64

const metersPerFoot = 0.3048

func (m Meters) ToFeet() Feet   { return Feet(m / metersPerFoot) }
func (f Feet) ToMeters() Meters { return Meters(f * metersPerFoot) }
func (f Feet) ToInches() Inches { return Inches(f * 12) }
func (i Inches) String() string { return fmt.Sprintf("%.2fin", float64(i)) }
func (m Meters) String() string { return fmt.Sprintf("%.3fm", float64(m)) }

type unit struct {
	name   string
	factor float64
}

func main() {
	units := map[string]float64{
		"millimeter": 0.001,
		"centimeter": 0.01,
		"meter":      1,
		"kilometer":  1000,
		"inch":       0.0254,
		"foot":       0.3048,
		"yard":       0.9144,
		"mile":       1609.344,
	}
	var list []unit
	for k, v := range units {
		list = append(list, unit{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].factor < list[j].factor })

	fmt.Printf("%-12s|%14s|%12s\n", "unit", "meters", "per km")
	fmt.Println("------------+--------------+------------")
	for _, u := range list {
		fmt.Printf("%-12s|%14.4f|%12.3f\n", u.name, u.factor, 1000/u.factor)
	}

	h := Meters(1.8)
	fmt.Println(h, "is", h.ToFeet(), "feet")
	fmt.Printf("%v %.2f %T\n", h.ToFeet(), h.ToFeet(), h.ToFeet())
	f := Feet(6)
	fmt.Println(f.ToMeters(), f.ToInches())
	fmt.Printf("%+v\n", list[0])
	fmt.Printf("%#v\n", list[len(list)-1])
}
