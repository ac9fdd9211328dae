package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func TotalArea[S Shape](shapes []S) float64 {
	var t float64
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Largest[S Shape](shapes ...S) S {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

type PtrSetter[T any] interface {
	*T
	Set(string)
}

type Config struct{ val string }

func (c *Config) Set(s string) { c.val = "cfg:" + s }

func FromStrings[T any, PT PtrSetter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func SortByArea[S Shape](shapes []S) {
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
}

func main() {
	rects := []Rect{{2, 3}, {1, 1}, {4, 5}}
	fmt.Println(TotalArea(rects))
	fmt.Println(Largest(rects...))
	mixed := []Shape{Circle{1}, Rect{1, 2}, Circle{2}}
	fmt.Println(TotalArea(mixed))
	SortByArea(mixed)
	for _, s := range mixed {
		fmt.Printf("%s %.1f\n", s.Name(), s.Area())
	}
	cfgs := FromStrings[Config]([]string{"a", "b"})
	fmt.Println(cfgs)
}
