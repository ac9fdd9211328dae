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

type Rectangle struct{ Width, Height float64 }
type Circle struct{ Radius float64 }
type Triangle struct{ A, B, C float64 }

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (c Circle) Area() float64         { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64    { return 2 * math.Pi * c.Radius }
func (t Triangle) Perimeter() float64  { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%.1f)", c.Radius) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Rectangle{3, 4},
		Circle{2.5},
		Triangle{3, 4, 5},
		Rectangle{Width: 10, Height: 0.5},
		Circle{1},
	}
	sort.Sort(ByArea(shapes))
	var totalArea float64
	for _, s := range shapes {
		fmt.Printf("%-28v area=%7.2f perimeter=%6.2f\n", s, s.Area(), s.Perimeter())
		totalArea += s.Area()
	}
	fmt.Printf("total area: %.2f\n", totalArea)
	var largest Shape
	for _, s := range shapes {
		if largest == nil || s.Area() > largest.Area() {
			largest = s
		}
	}
	fmt.Printf("largest: %T %v\n", largest, largest)
}
