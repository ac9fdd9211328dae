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

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

type Named interface{ Name() string }

func Names[T Named](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Name()
	}
	return strings.Join(parts, ",")
}

func Largest[T Shape](xs []T) (best T) {
	for i, x := range xs {
		if i == 0 || x.Area() > best.Area() {
			best = x
		}
	}
	return
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{1, 1}, Circle{2}}
	fmt.Println(Names(shapes))
	fmt.Println(Largest(shapes).Name(), Largest([]Rect{{1, 2}, {3, 1}}))
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%s %.1f\n", s.Name(), s.Area())
	}
	total := 0.0
	counts := map[string]int{}
	for _, s := range shapes {
		total += s.Area()
		counts[s.Name()]++
	}
	fmt.Println(total, counts)
	var sh Shape = Circle{1}
	if c, ok := sh.(Circle); ok {
		fmt.Println("circle r", c.R)
	}
	_, isRect := sh.(Rect)
	fmt.Println(isRect)
}
