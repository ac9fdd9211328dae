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

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(side float64) Square { return Square{Rect{side, side}} }

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square of side %.0f", v.W)
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f %v\n", describe(s), s.Area(), s.Perimeter(), s)
	}

	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)

	var s Shape = NewSquare(5)
	if sq, ok := s.(Square); ok {
		fmt.Println("is square", sq.Rect, sq.Area())
	}
	if _, ok := s.(Circle); !ok {
		fmt.Println("not a circle")
	}
	fmt.Printf("%T %+v\n", s, s)
}
