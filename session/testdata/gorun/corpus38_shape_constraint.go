package main

import (
	"fmt"
	"math"
	"slices"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

// TotalArea works on a slice of one concrete shape type; no boxing.
func TotalArea[S Shape](shapes []S) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

func Largest[S Shape](shapes ...S) S {
	return slices.MaxFunc(shapes, func(a, b S) int {
		switch {
		case a.Area() < b.Area():
			return -1
		case a.Area() > b.Area():
			return 1
		}
		return 0
	})
}

type ShapeWithName interface {
	Shape
	comparable
}

func CountDistinct[S ShapeWithName](shapes []S) int {
	seen := map[S]bool{}
	for _, s := range shapes {
		seen[s] = true
	}
	return len(seen)
}

func main() {
	rects := []Rect{{2, 3}, {4, 5}, {1, 1}, {2, 3}}
	fmt.Printf("%.2f\n", TotalArea(rects))
	fmt.Printf("%+v\n", Largest(rects...))
	fmt.Println(CountDistinct(rects))

	circles := []Circle{{1}, {2.5}, {0.5}}
	fmt.Printf("%.3f\n", TotalArea(circles))
	fmt.Println(Largest(circles...))
	fmt.Printf("%v %s\n", circles, circles[0])

	mixed := []Shape{Rect{1, 2}, Circle{1}}
	fmt.Printf("%.3f\n", TotalArea(mixed))
	for _, s := range mixed {
		fmt.Printf("%T %.2f\n", s, s.Perimeter())
	}
}
