package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }
func (o Op) Twice(a, b int) int { return o(o(a, b), b) }

type Handler func(string) string

func (h Handler) Chain(next Handler) Handler {
	return func(s string) string { return next(h(s)) }
}

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{10, 20}
	fmt.Println(add(Point{1, 1}))

	scale := p.Scale
	scale(3)
	fmt.Println(p)

	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	q := Point{2, 3}
	scaleExpr(&q, 10)
	fmt.Println(q)

	var plus Op = func(a, b int) int { return a + b }
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(plus.Apply(3, 4), plus.Twice(3, 4), mul.Twice(2, 5))

	ops := map[string]Op{"+": plus, "*": mul}
	for _, k := range []string{"*", "+"} {
		fmt.Println(k, ops[k].Apply(6, 7))
	}

	up := Handler(strings.ToUpper)
	trim := Handler(strings.TrimSpace)
	excl := Handler(func(s string) string { return s + "!" })
	h := trim.Chain(up).Chain(excl)
	fmt.Println(h("  hello world  "))

	fs := []func(Point) Point{Point{1, 0}.Add, Point{0, 1}.Add}
	start := Point{}
	for _, f := range fs {
		start = f(start)
	}
	fmt.Println(start)
	fmt.Printf("%T\n", addExpr)
	fmt.Printf("%T\n", scaleExpr)
	fmt.Printf("%v %T\n", plus.Apply(1, 1), plus)
}
