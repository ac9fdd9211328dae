package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	p := Point{1, 2}
	addP := p.Add // method value binds a copy of p
	p.X = 100
	fmt.Println(addP(Point{10, 10}))

	scale := p.Scale // binds &p
	scale(2)
	fmt.Println(p)

	add := Point.Add // method expression
	fmt.Println(add(Point{1, 1}, Point{2, 3}))
	scaleExpr := (*Point).Scale
	q := Point{3, 4}
	scaleExpr(&q, 3)
	fmt.Println(q)

	var c Counter
	inc := c.Inc
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println("count:", c.n)

	toUpper := strings.ToUpper
	fs := []func(string) string{toUpper, strings.ToLower, strings.TrimSpace}
	for _, f := range fs {
		fmt.Printf("%q\n", f("  MiXed  "))
	}

	str := Point.String
	fmt.Println(str(Point{7, 8}))
	fmt.Printf("%T\n", add)
}
