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

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }

type Circle struct {
	Radius float64
}

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

type Triangle struct {
	Base, Height float64
}

func (t Triangle) Area() float64      { return 0.5 * t.Base * t.Height }
func (t Triangle) Perimeter() float64 { return math.NaN() }

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.Radius) }

func main() {
	areaTests := []struct {
		name    string
		shape   Shape
		hasArea float64
	}{
		{name: "Rectangle", shape: Rectangle{Width: 12, Height: 6}, hasArea: 72.0},
		{name: "Circle", shape: Circle{Radius: 10}, hasArea: 314.1592653589793},
		{name: "Triangle", shape: Triangle{Base: 12, Height: 6}, hasArea: 36.0},
	}
	for _, tt := range areaTests {
		got := tt.shape.Area()
		status := "PASS"
		if got != tt.hasArea {
			status = "FAIL"
		}
		fmt.Printf("%s %s: %#v has area %.2f\n", status, tt.name, tt.shape, got)
		fmt.Printf("  %v %+v %T\n", tt.shape, tt.shape, tt.shape)
	}
	var total float64
	shapes := []Shape{Rectangle{3, 4}, Circle{1}, Triangle{2, 2}, Rectangle{1, 1}}
	for i, s := range shapes {
		p := s.Perimeter()
		if math.IsNaN(p) {
			fmt.Println(i, "perimeter unknown")
			continue
		}
		total += p
		switch v := s.(type) {
		case Rectangle:
			fmt.Println(i, "rect", v.Width, v.Height, p)
		case fmt.Stringer:
			fmt.Println(i, "stringer", v, fmt.Sprintf("%.3f", p))
		}
	}
	fmt.Printf("total %.4f\n", total)
	r := Rectangle{2, 3}
	r2 := r
	r2.Width = 10
	fmt.Println(r, r2, r == Rectangle{2, 3})
}
