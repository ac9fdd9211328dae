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
func (c Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	c := &Counter{name: "clicks"}
	inc := c.Inc
	report := c.Report
	inc()
	inc()
	fmt.Println(c.Report(), report())
	f := (*Counter).Inc
	f(c)
	g := Counter.Report
	fmt.Println(g(*c))

	shapes := []Shape{Rect{3, 4}, NewSquare(2), Rect{1, 1}, NewSquare(3)}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%v area=%.0f perim=%.0f\n", s, s.Area(), s.Perimeter())
	}
	var total float64
	for _, s := range shapes {
		if sq, ok := s.(Square); ok {
			total += sq.Area()
		}
	}
	fmt.Println("squares total", total)
	ops := map[string]func(string) string{
		"up":    strings.ToUpper,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k]("gopher"))
	}
}
