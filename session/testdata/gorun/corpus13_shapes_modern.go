package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
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
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.W == v.H {
			return "a square"
		}
		return "a rectangle"
	case Circle:
		return "a circle"
	default:
		return fmt.Sprintf("some %T", v)
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1.5},
		Triangle{3, 4, 5},
		Rect{2, 2},
		Circle{0.5},
	}
	slices.SortFunc(shapes, func(a, b Shape) int {
		return cmp.Compare(a.Area(), b.Area())
	})
	for _, s := range shapes {
		fmt.Printf("%-14v area=%7.3f perim=%7.3f %s\n", s, s.Area(), s.Perimeter(), describe(s))
	}

	largest := slices.MaxFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	fmt.Println("largest:", largest)
	idx := slices.IndexFunc(shapes, func(s Shape) bool { _, ok := s.(Circle); return ok })
	fmt.Println("first circle at", idx)

	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)

	var names []string
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			names = append(names, st.String())
		} else {
			names = append(names, "?")
		}
	}
	fmt.Println(strings.Join(names, " | "))
	fmt.Println(shapes[0] == Shape(Circle{0.5}), slices.Contains(shapes, Shape(Rect{2, 2})))
	fmt.Printf("%v %+v\n", Triangle{3, 4, 5}, Rect{1, 2})
}
