package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)  { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("<%g %g>", p.X, p.Y) }

type Op func(float64, float64) float64

func apply(op Op, a, b float64) float64 { return op(a, b) }

type Calc struct{ acc float64 }

func (c *Calc) Plus(a, b float64) float64 { c.acc += a + b; return c.acc }

func main() {
	p := Point{1, 2}
	add := p.Add     // receiver copied now
	scale := p.Scale // receiver is &p
	p.X = 100
	fmt.Println(add(Point{1, 1}))
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	scaleExpr := (*Point).Scale
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	q := Point{3, 4}
	scaleExpr(&q, 0.5)
	fmt.Println(q)
	fmt.Printf("%T\n%T\n", addExpr, scaleExpr)

	c := &Calc{}
	fmt.Println(apply(c.Plus, 1, 2), apply(c.Plus, 3, 4), c.acc)

	ops := map[string]Op{
		"max": func(a, b float64) float64 {
			if a > b {
				return a
			}
			return b
		},
		"sum": c.Plus,
	}
	fmt.Println(ops["max"](3, 9), ops["sum"](0, 0))

	upper := strings.ToUpper
	repl := strings.NewReplacer("a", "4", "e", "3").Replace
	fmt.Println(upper("go"), repl("leet speak"))

	var sb strings.Builder
	write := sb.WriteString
	write("one ")
	write("two")
	fmt.Println(sb.String(), sb.Len())

	str := p.String
	p.Y = -1
	fmt.Println(str(), p.String())

	fns := []func() string{p.String, q.String}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
