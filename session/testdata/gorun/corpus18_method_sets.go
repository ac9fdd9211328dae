package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Scaler interface {
	Scale(f float64)
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)     { r.W *= f; r.H *= f }
func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) String() string       { return fmt.Sprintf("%gx%g", r.W, r.H) }

type Named struct {
	Shape
	Name string
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return "circle " + v.String()
	case *Rect:
		return "rect pointer " + v.String()
	case Rect:
		return "rect value " + v.String()
	case Square:
		return fmt.Sprintf("square side %g", v.W)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Rect{1, 2}, Circle{2}, Square{Rect{5, 5}}, Named{Circle{1}, "unit"}}
	for _, s := range shapes {
		fmt.Printf("%-28s area=%5.1f perim=%5.1f\n", describe(s), s.Area(), s.Perimeter())
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
			fmt.Println("  scaled:", s)
		} else {
			fmt.Println("  not scalable:", s)
		}
	}
	sq := &Square{Rect{1, 1}}
	var sc Scaler = sq
	sc.Scale(3)
	fmt.Println(sq.Area(), sq)
	var s Shape = Named{Rect{2, 2}, "n"}
	fmt.Println(s)
	fmt.Printf("%v %+v\n", Named{Circle{3}, "c"}, Named{Rect{1, 1}, "r"})
	r := Rect{1, 1}
	f := r.Scale
	f(10)
	fmt.Println(r)
	var nilRect *Rect
	var sh Shape = nilRect
	fmt.Println(sh != nil, sh == (*Rect)(nil))
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(sh.Area())
	}()
}
