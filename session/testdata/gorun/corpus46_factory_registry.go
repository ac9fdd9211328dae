package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64 { return 3.0 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }

type Factory func(args ...float64) (Shape, error)

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("duplicate registration: " + name)
	}
	registry[name] = f
}

func New(name string, args ...float64) (Shape, error) {
	f, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown shape %q", name)
	}
	return f(args...)
}

func need(n int, args []float64) error {
	if len(args) != n {
		return fmt.Errorf("want %d args, got %d", n, len(args))
	}
	return nil
}

func init() {
	Register("circle", func(a ...float64) (Shape, error) {
		if err := need(1, a); err != nil {
			return nil, err
		}
		return Circle{a[0]}, nil
	})
	Register("rect", func(a ...float64) (Shape, error) {
		if err := need(2, a); err != nil {
			return nil, err
		}
		return Rect{a[0], a[1]}, nil
	})
	Register("square", func(a ...float64) (Shape, error) {
		if err := need(1, a); err != nil {
			return nil, err
		}
		return Square{a[0]}, nil
	})
}

func main() {
	names := make([]string, 0, len(registry))
	for k := range registry {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("registered:", strings.Join(names, ","))

	specs := []struct {
		kind string
		args []float64
	}{
		{"circle", []float64{2}},
		{"rect", []float64{3, 4}},
		{"square", []float64{5}},
		{"triangle", []float64{1, 2, 3}},
		{"rect", []float64{1}},
	}
	total := 0.0
	for _, sp := range specs {
		s, err := New(sp.kind, sp.args...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-6s area=%.1f (%T)\n", s.Name(), s.Area(), s)
		total += s.Area()
	}
	fmt.Printf("total=%.2f\n", total)

	defer func() { fmt.Println("recovered:", recover()) }()
	Register("circle", nil)
}
