package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct {
	Rect
	label string
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }
func (r *Rect) Area() float64  { return r.W * r.H }
func (s Square) Name() string  { return "square:" + s.label }

func describe(v any) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case NamedShape:
		return fmt.Sprintf("named shape %s area %.2f", t.Name(), t.Area())
	case Shape:
		return fmt.Sprintf("shape %T area %.2f", t, t.Area())
	case Named:
		return "just named " + t.Name()
	case int, int64:
		return fmt.Sprintf("integer %v", t)
	case error:
		return "error " + t.Error()
	case fmt.Stringer:
		return "stringer " + t.String()
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func main() {
	sq := Square{Rect{2, 2}, "s1"}
	vals := []any{
		Circle{1},
		&Rect{3, 4},
		Rect{3, 4},
		sq,
		&sq,
		42,
		int64(7),
		fmt.Errorf("bad"),
		nil,
		"str",
		[]int{1},
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}

	var s Shape = &Rect{1, 5}
	if r, ok := s.(*Rect); ok {
		fmt.Println("is *Rect", r.W, r.H)
	}
	_, isCircle := s.(Circle)
	fmt.Println("is Circle:", isCircle)
	if n, ok := s.(Named); ok {
		fmt.Println("named?", n.Name())
	} else {
		fmt.Println("not named")
	}
	var ns NamedShape = Circle{2}
	var plain Shape = ns
	fmt.Printf("%.3f %T\n", plain.Area(), plain)
}
