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

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (c Circle) Name() string        { return "circle" }
func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (s *Square) Name() string       { return "square" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func main() {
	shapes := []NamedShape{Circle{1}, &Square{3}, Circle{2}}
	for _, s := range shapes {
		fmt.Printf("%s %.2f %.2f\n", s.Name(), s.Area(), s.Perimeter())
	}
	var sh Shape = Circle{0.5}
	if c, ok := sh.(Circle); ok {
		fmt.Println("circle radius", c.R)
	}
	if _, ok := sh.(*Square); !ok {
		fmt.Println("not a square")
	}
	if n, ok := sh.(Namer); ok {
		fmt.Println("namer:", n.Name())
	}
	list := ByArea{&Square{2}, Circle{1.5}, &Square{1}}
	sort.Sort(list)
	for _, s := range list {
		fmt.Printf("%.2f ", s.Area())
	}
	fmt.Println()
	sort.Sort(sort.Reverse(list))
	fmt.Printf("%.2f\n", list[0].Area())

	var empty interface{}
	describe(empty)
	empty = 42
	describe(empty)
	empty = "hi"
	describe(empty)
	empty = []int{1}
	describe(empty)
	fmt.Println(Temp(21.5))
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %s\n", &v, &v)
	var st fmt.Stringer = Temp(3)
	fmt.Println(st.String(), st)
	var sp Shape
	fmt.Println(sp == nil)
	var sq *Square
	sp = sq
	fmt.Println(sp == nil, sp != nil)
	things := []any{1, "a", 2.5, nil, true}
	fmt.Println(things...)
	fmt.Println(len(things))
}
