package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }

type Registry[T any] struct {
	items map[string]T
	order []string
}

func NewRegistry[T any]() *Registry[T] {
	return &Registry[T]{items: map[string]T{}}
}

func (r *Registry[T]) Add(key string, v T) {
	if _, ok := r.items[key]; !ok {
		r.order = append(r.order, key)
	}
	r.items[key] = v
}

func (r *Registry[T]) Each(f func(string, T)) {
	for _, k := range r.order {
		f(k, r.items[k])
	}
}

type Box[T Shape] struct {
	Content T
}

func (b Box[T]) Describe() string {
	return fmt.Sprintf("box of %s with area %.2f", b.Content.Name(), b.Content.Area())
}

func main() {
	reg := NewRegistry[Shape]()
	reg.Add("small", Circle{1})
	reg.Add("door", Rect{1, 2})
	reg.Add("big", Circle{3})
	reg.Add("small", Rect{0.5, 0.5})
	total := 0.0
	reg.Each(func(k string, s Shape) {
		fmt.Printf("%-5s %-6s %6.2f %T\n", k, s.Name(), s.Area(), s)
		total += s.Area()
	})
	fmt.Printf("total %.2f\n", total)
	b := Box[Rect]{Rect{2, 3}}
	fmt.Println(b.Describe())
	c := Box[Circle]{Content: Circle{R: 2}}
	fmt.Println(c.Describe())
	fmt.Printf("%+v\n", c)
	errs := NewRegistry[error]()
	errs.Add("io", fmt.Errorf("disk full"))
	errs.Each(func(k string, e error) { fmt.Println(k, e) })
}
