package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct {
	Rect
	Label string
}

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}, "sq"} }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2)}
	for _, s := range shapes {
		fmt.Printf("%v %T area=%.2f perim=%.2f\n", s, s, s.Area(), s.Perimeter())
	}
	fmt.Println(shapes)
	fmt.Printf("%+v\n", shapes)
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	var s Shape
	fmt.Println(s == nil)
	fmt.Printf("%v %T\n", s, s)
	s = NewSquare(5)
	if sq, ok := s.(Square); ok {
		fmt.Println(sq.Label, sq.W, sq.Rect)
		fmt.Printf("%+v\n", sq)
		fmt.Printf("%#v\n", sq)
	}
	c := Circle{2}
	fmt.Println(c)
	fmt.Println(&c)
	fmt.Printf("%v|%+v\n", c, c)
	var st fmt.Stringer = &c
	fmt.Println(st)
	_, isStr := any(c).(fmt.Stringer)
	_, isStrP := any(&c).(fmt.Stringer)
	fmt.Println(isStr, isStrP)
	m := map[string]Shape{"r": Rect{1, 2}}
	fmt.Println(m)
}
