package main

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func describe(i any) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v)
	case string, []byte:
		return fmt.Sprintf("text %v", v)
	case Square:
		return fmt.Sprintf("square side %g", v.W)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case fmt.Stringer:
		return "stringer " + v.String()
	case Shape:
		return fmt.Sprintf("shape area %.2f", v.Area())
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2)}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.4f\n", total)

	for _, x := range []any{nil, 42, "hi", []byte("b"), NewSquare(1), Rect{1, 2}, &Circle{2},
		fmt.Errorf("bad"), 3.5, []int{1}, struct{}{}} {
		fmt.Println(describe(x))
	}

	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		r.W = 10
		fmt.Println(r.Area(), s.Area())
	}
	if _, ok := s.(*Circle); !ok {
		fmt.Println("not a circle")
	}
	_, isStringer := s.(fmt.Stringer)
	fmt.Println(isStringer)
	s = &Circle{3}
	fmt.Println(s)
	if st, ok := s.(fmt.Stringer); ok {
		fmt.Println(strings.ToUpper(st.String()))
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a any = "str"
		n := a.(int)
		fmt.Println(n)
	}()

	m := map[string]Shape{"r": Rect{2, 2}, "c": &Circle{1}}
	if c, ok := m["c"].(*Circle); ok {
		c.R = 2
	}
	fmt.Printf("%.2f\n", m["c"].Area())
	var sq Shape = NewSquare(3)
	fmt.Println(sq.(Square).Rect.H, sq == Shape(NewSquare(3)))
}
