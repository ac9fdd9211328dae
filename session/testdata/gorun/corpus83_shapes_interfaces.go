package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

type Square struct{ Rect }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func describe(s Shape) string {
	kind := ""
	switch v := s.(type) {
	case Circle:
		kind = fmt.Sprintf("circle of radius %g", v.R)
	case Square:
		kind = fmt.Sprintf("square of side %g", v.W)
	case Rect:
		kind = fmt.Sprintf("%gx%g rectangle", v.W, v.H)
	default:
		kind = fmt.Sprintf("%T", v)
	}
	return fmt.Sprintf("%-22s area=%7.3f perim=%7.3f", kind, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, NewSquare(2), Circle{0.5}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Print(s, " ")
	}
	fmt.Println()
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.2f\n", total)
	if st, ok := shapes[0].(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	_, isRect := shapes[2].(Rect)
	fmt.Println(isRect)
	var sh Shape
	fmt.Println(sh == nil)
	sh = Circle{2}
	fmt.Printf("%v %+v %T\n", sh, sh, sh)
}
