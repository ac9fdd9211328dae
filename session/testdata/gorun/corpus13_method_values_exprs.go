package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point     { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Scale(f float64) Point { return Point{p.X * f, p.Y * f} }

func apply(n int, f func()) {
	for range n {
		f()
	}
}

func main() {
	c := &Counter{name: "clicks"}
	inc := c.Inc
	apply(3, inc)
	add := c.Add
	add(10)
	fmt.Println(c)

	p := Point{1, 2}
	move := p.Add
	p = Point{100, 100}
	fmt.Println(move(Point{1, 1}), p)

	scale := Point.Scale
	fmt.Println(scale(Point{3, 4}, 2))
	addExpr := (*Counter).Add
	addExpr(c, 5)
	fmt.Println(c.String())
	str := Counter.String
	fmt.Println(str(Counter{"x", 7}))

	ops := map[string]func(float64) Point{
		"double": Point{1, 1}.Scale,
		"half":   Point{2, 4}.Scale,
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](2))
	}

	upper := strings.ToUpper
	var b strings.Builder
	write := b.WriteString
	for _, w := range []string{"method ", "values"} {
		write(upper(w))
	}
	fmt.Println(b.String())

	counters := []*Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	var incs []func()
	for _, ctr := range counters {
		incs = append(incs, ctr.Inc)
	}
	for i, f := range incs {
		for range i + 1 {
			f()
		}
	}
	fmt.Println(counters[0], counters[1], counters[2])
}
