package main

import (
	"fmt"
	"math"
	"sort"
)

// Shape is implemented by every figure we can measure.
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rectangle struct {
	Width, Height float64
}

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }

type Circle struct {
	Radius float64
}

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

type Triangle struct {
	A, B, C float64
}

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func describe(s Shape) {
	fmt.Printf("%-18T area=%7.2f perimeter=%6.2f\n", s, s.Area(), s.Perimeter())
}

func totalArea(shapes ...Shape) float64 {
	var sum float64
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func main() {
	shapes := []Shape{
		Rectangle{Width: 3, Height: 4},
		Circle{Radius: 1.5},
		Triangle{3, 4, 5},
		Rectangle{10, 0.5},
	}
	for _, s := range shapes {
		describe(s)
	}
	fmt.Printf("total area: %.3f\n", totalArea(shapes...))

	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	fmt.Println("sorted by area:")
	for i, s := range shapes {
		fmt.Printf("%d. %v\n", i+1, s)
	}
	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	fmt.Printf("biggest: %+v\n", biggest)
}
