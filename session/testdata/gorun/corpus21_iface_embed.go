package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Namer interface {
	Name() string
}

type NamedShape interface {
	Shape
	Namer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rectangle" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

func (s Square) Name() string { return "square" }

func describe(i interface{}) {
	switch v := i.(type) {
	case nil:
		fmt.Println("nil value")
	case int, int64:
		fmt.Printf("integer %v of type %T\n", v, v)
	case string:
		fmt.Println("string of length", len(v))
	case Shape:
		fmt.Printf("shape with area %.2f\n", v.Area())
	case error:
		fmt.Println("error:", v)
	default:
		fmt.Printf("unknown %T\n", v)
	}
}

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}}
	for _, s := range shapes {
		fmt.Printf("%-10s area=%6.2f perimeter=%6.2f\n", s.Name(), s.Area(), s.Perimeter())
	}

	var s Shape = Rect{1, 2}
	r := s.(Rect)
	fmt.Println("width", r.W)

	if c, ok := s.(*Circle); ok {
		fmt.Println("circle", c.R)
	} else {
		fmt.Println("not a circle", c == nil)
	}

	n, ok := s.(Namer)
	fmt.Println(n.Name(), ok)

	var empty interface{} = 42
	str, ok := empty.(string)
	fmt.Printf("%q %v\n", str, ok)

	describe(nil)
	describe(7)
	describe(int64(8))
	describe("hello")
	describe(Square{Rect{3, 3}})
	describe(fmt.Errorf("bad %d", 1))
	describe(3.5)

	var sh Shape
	fmt.Println(sh == nil)
	var cp *Circle
	sh = cp
	fmt.Println(sh == nil, sh != nil)

	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	var any1 interface{} = "text"
	num := any1.(int)
	fmt.Println("never", num)
}
