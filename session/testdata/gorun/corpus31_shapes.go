// Shapes interface with Area and Perimeter, printed with %T
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rectangle struct {
	Width, Height float64
}

type Circle struct {
	Radius float64
}

type Triangle struct {
	A, B, C float64
}

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (c Circle) Area() float64         { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64    { return 2 * math.Pi * c.Radius }
func (t Triangle) Perimeter() float64  { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

type Square struct {
	Rectangle
}

func NewSquare(side float64) Square { return Square{Rectangle{side, side}} }

func describe(s Shape) {
	fmt.Printf("%-15T area=%8.2f perimeter=%7.2f\n", s, s.Area(), s.Perimeter())
}

func totalArea(shapes ...Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

func main() {
	shapes := []Shape{
		Rectangle{Width: 3, Height: 4},
		Circle{Radius: 2.5},
		Triangle{3, 4, 5},
		NewSquare(2),
		&Circle{1},
	}
	for _, s := range shapes {
		describe(s)
	}
	fmt.Printf("total area: %.3f\n", totalArea(shapes...))

	for _, s := range shapes {
		switch v := s.(type) {
		case Circle:
			fmt.Println("circle with radius", v.Radius)
		case *Circle:
			fmt.Println("pointer to circle", v.Radius)
		case Square:
			fmt.Println("square of side", v.Width)
		default:
			fmt.Printf("other: %v\n", v)
		}
	}
	if c, ok := shapes[1].(Circle); ok {
		fmt.Printf("%+v %v\n", c, c)
	}
	_, isRect := shapes[3].(Rectangle)
	fmt.Println("square is Rectangle?", isRect)
	fmt.Printf("%#v\n", shapes[3])
	fmt.Printf("%v\n", shapes[:4])
}
