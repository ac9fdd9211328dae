package main

import (
	"errors"
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
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

var ErrInvalid = errors.New("invalid shape")

type ShapeError struct {
	Shape string
	Why   string
}

func (e *ShapeError) Error() string { return e.Shape + ": " + e.Why }
func (e *ShapeError) Unwrap() error { return ErrInvalid }

func NewTriangle(a, b, c float64) (Triangle, error) {
	if a+b <= c || a+c <= b || b+c <= a {
		return Triangle{}, &ShapeError{"triangle", fmt.Sprintf("sides %g, %g, %g", a, b, c)}
	}
	return Triangle{a, b, c}, nil
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.W == v.H {
			return "square"
		}
		return "rectangle"
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	tri, err := NewTriangle(3, 4, 5)
	if err != nil {
		panic(err)
	}
	shapes := []Shape{Rect{3, 4}, Circle{1}, tri, Rect{2, 2}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-14s area=%6.2f perimeter=%6.2f\n", describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	if _, err := NewTriangle(1, 2, 10); err != nil {
		var se *ShapeError
		fmt.Println(err, errors.As(err, &se), se.Shape, errors.Is(err, ErrInvalid))
	}
	var s Shape = Rect{1, 2}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r, r.W)
	}
	if _, ok := s.(Circle); !ok {
		fmt.Println("not a circle")
	}
	fmt.Println(s, Circle{2})
	fmt.Printf("%v %+v %T\n", s, tri, tri)
}
