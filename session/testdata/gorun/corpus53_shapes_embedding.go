package main

import (
	"fmt"
	"math"
	"strings"
)

type Areaer interface{ Area() float64 }
type Perimeterer interface{ Perimeter() float64 }

type Shape interface {
	Areaer
	Perimeterer
	fmt.Stringer
}

type Named struct{ Label string }

func (n Named) String() string { return "<" + n.Label + ">" }

type Rectangle struct {
	Named
	Width, Height float64
}

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }

type Circle struct {
	Named
	Radius float64
}

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("circle %s r=%g", c.Label, c.Radius) }

func largest(shapes ...Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	r := Rectangle{Named{"door"}, 1, 2}
	c := Circle{Named{"plate"}, 0.8}
	fmt.Println(r, c)
	fmt.Printf("%v | %s | %+v\n", r, c, r)
	fmt.Println(largest(r, c))

	areaOf := Shape.Area
	fmt.Printf("%.3f %.3f\n", areaOf(r), areaOf(c))
	perim := c.Perimeter
	c.Radius = 10
	fmt.Printf("bound method keeps old copy: %.3f\n", perim())

	var names []string
	for _, s := range []Shape{r, c} {
		names = append(names, s.String())
	}
	fmt.Println(strings.Join(names, "; "))
	var a Areaer = r
	_, isShape := a.(Shape)
	_, isCircle := a.(Circle)
	fmt.Println(isShape, isCircle, r.Label, r.Named.Label)
}
