// Enums with data: colors with hex values and planets with a method table.
package main

import (
	"fmt"
	"sort"
)

type Color uint8

const (
	ColorRed Color = iota
	ColorGreen
	ColorBlue
	numColors
)

var colorInfo = map[Color]struct {
	name string
	hex  string
}{
	ColorRed:   {"red", "#ff0000"},
	ColorGreen: {"green", "#00ff00"},
	ColorBlue:  {"blue", "#0000ff"},
}

func (c Color) String() string { return colorInfo[c].name }
func (c Color) Hex() string    { return colorInfo[c].hex }

type Planet int

const (
	Mercury Planet = iota
	Venus
	Earth
	Mars
)

func (p Planet) String() string {
	return [...]string{"Mercury", "Venus", "Earth", "Mars"}[p]
}

func (p Planet) Gravity() float64 {
	return [...]float64{3.7, 8.87, 9.81, 3.71}[p]
}

type Describer interface {
	fmt.Stringer
	Describe() string
}

func (p Planet) Describe() string {
	return fmt.Sprintf("%s has gravity %.2f m/s²", p, p.Gravity())
}

func (c Color) Describe() string {
	return fmt.Sprintf("%s is %s", c, c.Hex())
}

func main() {
	for c := range numColors {
		fmt.Printf("%d %-5v %s\n", c, c, c.Hex())
	}
	items := []Describer{Earth, ColorBlue, Mars, ColorRed}
	for _, it := range items {
		fmt.Println(it.Describe())
	}
	fmt.Println(items)

	planets := []Planet{Mars, Mercury, Earth, Venus}
	sort.Slice(planets, func(i, j int) bool { return planets[i].Gravity() > planets[j].Gravity() })
	fmt.Println(planets)
	weight := 70.0
	for _, p := range planets {
		fmt.Printf("on %-7s you weigh %6.2f\n", p, weight*p.Gravity()/Earth.Gravity())
	}

	byColor := map[Color][]Planet{ColorRed: {Mars}, ColorBlue: {Earth}}
	fmt.Println(byColor)
	var x any = Venus
	if d, ok := x.(Describer); ok {
		fmt.Println("describer:", d)
	}
	fmt.Printf("%v %+v %s %T\n", x, x, x, x)
	fmt.Printf("%#v\n", x)
}
