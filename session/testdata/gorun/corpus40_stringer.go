package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d, %d)", p.X, p.Y) }

type Path []Point

func (p Path) String() string {
	parts := make([]string, len(p))
	for i, pt := range p {
		parts[i] = pt.String()
	}
	return strings.Join(parts, " -> ")
}

type Pixel struct {
	At    Point
	Color Color
}

type Secret string

func (Secret) String() string   { return "******" }
func (Secret) GoString() string { return `Secret("******")` }

type Plain struct {
	Name string
	N    int
	P    *int
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	path := Path{{0, 0}, {1, 1}, {2, 0}}
	fmt.Println(path)
	fmt.Printf("%d points: %v\n", len(path), path)
	px := Pixel{Point{3, 4}, Blue}
	fmt.Printf("%v\n%+v\n%#v\n", px, px, px)
	s := Secret("hunter2")
	fmt.Println(s)
	fmt.Printf("%v %s %#v %x\n", s, s, s, string(s))
	n := 5
	pl := Plain{"x", 3, &n}
	fmt.Printf("%+v\n", pl.Name)
	fmt.Printf("%#v\n", Plain{Name: "y", N: 4})
	fmt.Printf("%#v %#v %#v\n", []Color{Red, Blue}, map[string]Point{"o": {}}, Green)
	colors := map[Color]int{Blue: 3, Red: 1}
	fmt.Println(colors)
	fmt.Printf("%T %T %T\n", p, path, colors)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprintln(Blue, 4))
}
