package main

import "fmt"

// Cell types of one shape with String methods have one reflect type in
// the interpreter; a value of a cell interface they implement is told
// apart by the interpreter's own type switch (a variable, a range's
// value) or by its box (an element of a []Temp), where the print was
// refused.
type Temp interface {
	Celsius() float64
	fmt.Stringer
}

type C float64
type F float64

func (c C) Celsius() float64 { return float64(c) }
func (f F) Celsius() float64 { return (float64(f) - 32) * 5 / 9 }
func (c C) String() string   { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f F) String() string   { return fmt.Sprintf("%.1f°F", float64(f)) }

type Point struct{ X, Y int }
type Size struct{ X, Y int }

type Shape interface{ Area() int }

func (p Point) Area() int     { return 0 }
func (s Size) Area() int      { return s.X * s.Y }
func (s Size) String() string { return fmt.Sprintf("%dx%d", s.X, s.Y) }

func main() {
	temps := []Temp{C(21), F(70), C(-5)}
	for _, t := range temps {
		fmt.Printf("%-8v %-7T %6.2f\n", t, t, t.Celsius())
	}
	fmt.Println(temps)
	var t Temp = F(212)
	fmt.Println(t, temps[0])
	fmt.Printf("%s|%v|%T\n", t, temps[1], temps[2])
	shapes := []Shape{Point{1, 2}, Size{3, 4}}
	for _, s := range shapes {
		fmt.Printf("%v %+v %T %d\n", s, s, s, s.Area())
	}
	fmt.Println(shapes)
}
