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

type Rect struct{ Width, Height float64 }
type Circle struct{ Radius float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.Width * r.Height }
func (r Rect) Perimeter() float64   { return 2 * (r.Width + r.Height) }
func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), Circle{2.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-12T area=%7.3f perim=%7.3f %v\n", s, s.Area(), s.Perimeter(), s)
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.2f\n", total)
	fmt.Println(Rect{1, 2} == Rect{1, 2}, Circle{1} != Circle{2})
	byType := map[string]int{}
	for _, s := range shapes {
		byType[fmt.Sprintf("%T", s)]++
	}
	fmt.Println(byType)
}
