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

type Shape struct {
	Name   string
	Color  Color
	Points []Point
}

type Grid [][]Color

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for i, c := range row {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(c.String()[:1])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type ptrOnly struct{ n int }

func (p *ptrOnly) String() string { return fmt.Sprintf("ptrOnly<%d>", p.n) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %d %s %q\n", Green, Green, Green, Green)
	colors := []Color{Blue, Red}
	fmt.Println(colors)
	fmt.Printf("%v %+v\n", colors, colors)

	s := Shape{"tri", Green, []Point{{0, 0}, {3, 0}, {0, 4}}}
	fmt.Printf("%v\n%+v\n", s, s)

	m := map[Color][]Point{Red: {{1, 2}}, Blue: {{3, 4}, {5, 6}}}
	fmt.Println(m)
	fmt.Printf("%+v\n", m)

	byTag := map[Tag]int{"go": 3, "rust": 1}
	fmt.Println(byTag)

	g := Grid{{Red, Green}, {Blue, Red}}
	fmt.Print(g)

	v := ptrOnly{5}
	fmt.Println(v, &v)
	fmt.Printf("%v %+v\n", []*ptrOnly{&v}, []ptrOnly{v})

	pp := &Point{7, 8}
	fmt.Println(pp, *pp)
	fmt.Printf("%s|%v|%d\n", pp, []any{Red, Point{1, 1}, Tag("x")}, Point{2, 3})
	var st fmt.Stringer = Blue
	fmt.Printf("%T %v\n", st, st)
}
