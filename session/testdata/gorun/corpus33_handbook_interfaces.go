// Interfaces, type assertions and type switches as a handbook shows them.
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

type Circle struct{ R float64 }
type Square struct{ Side float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (s Square) Area() float64      { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return 4 * s.Side }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return fmt.Sprintf("string of length %d", len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	case Shape:
		return fmt.Sprintf("shape with area %.2f", v.Area())
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Circle{1}, Square{3}, &Triangle{3, 4, 5}, Square{1}}
	for _, s := range shapes {
		fmt.Printf("%-22v area=%6.2f perim=%6.2f\n", s, s.Area(), s.Perimeter())
	}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%T ", s)
	}
	fmt.Println()

	var s Shape = Square{2}
	if sq, ok := s.(Square); ok {
		fmt.Println("square side", sq.Side)
	}
	if _, ok := s.(Circle); !ok {
		fmt.Println("not a circle")
	}
	_, isStringer := s.(fmt.Stringer)
	fmt.Println("square is Stringer:", isStringer)

	values := []interface{}{nil, 7, int64(8), "hey", Circle{2}, Square{2}, fmt.Errorf("boom"), 3.5, []int{1}}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	var empty Shape
	fmt.Println(empty == nil)
	var tp *Triangle
	empty = tp
	fmt.Println(empty == nil, empty != nil)

	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		var x interface{} = "text"
		n := x.(int)
		fmt.Println(n)
	}()
}
