package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

// Strategies for ordering shapes.
type SortStrategy interface {
	Less(a, b Shape) bool
	Name() string
}

type byArea struct{}

func (byArea) Less(a, b Shape) bool { return a.Area() < b.Area() }
func (byArea) Name() string         { return "area" }

type byPerimeterDesc struct{}

func (byPerimeterDesc) Less(a, b Shape) bool { return a.Perimeter() > b.Perimeter() }
func (byPerimeterDesc) Name() string         { return "perimeter desc" }

type LessFunc func(a, b Shape) bool

func (f LessFunc) Less(a, b Shape) bool { return f(a, b) }
func (f LessFunc) Name() string         { return "custom" }

func label(s Shape) string {
	if n, ok := s.(fmt.Stringer); ok {
		return n.String()
	}
	return fmt.Sprintf("%T%v", s, s)
}

func sorted(shapes []Shape, st SortStrategy) string {
	cp := append([]Shape(nil), shapes...)
	sort.SliceStable(cp, func(i, j int) bool { return st.Less(cp[i], cp[j]) })
	parts := make([]string, len(cp))
	for i, s := range cp {
		parts[i] = label(s)
	}
	return st.Name() + ": " + strings.Join(parts, " ")
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		&Circle{1},
		Triangle{3, 4, 5},
		NewSquare(2),
		&Rect{1, 10},
		&Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-14s %-12T area=%6.2f perim=%6.2f\n", label(s), s, s.Area(), s.Perimeter())
	}
	fmt.Println(sorted(shapes, byArea{}))
	fmt.Println(sorted(shapes, byPerimeterDesc{}))
	fmt.Println(sorted(shapes, LessFunc(func(a, b Shape) bool {
		return len(label(a)) < len(label(b))
	})))

	var total float64
	named := 0
	for _, s := range shapes {
		total += s.Area()
		if _, ok := s.(Named); ok {
			named++
		}
	}
	fmt.Printf("total %.3f, named %d of %d\n", total, named, len(shapes))

	strategies := map[string]SortStrategy{"a": byArea{}, "p": byPerimeterDesc{}}
	keys := []string{"p", "a", "x"}
	for _, k := range keys {
		st, ok := strategies[k]
		fmt.Println(k, ok, st == nil)
	}
	fmt.Printf("%T %T\n", strategies["a"], strategies["p"])

	sq := NewSquare(3)
	var sh Shape = sq
	fmt.Println(sh, sq.Rect, sq.Area())
	if r, ok := sh.(Rect); ok {
		fmt.Println("is a Rect?", r)
	} else {
		fmt.Println("a Square is not a Rect")
	}
}
