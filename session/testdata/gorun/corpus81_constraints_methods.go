package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Shape is used as a constraint: any type with these methods.
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func TotalArea[S Shape](shapes []S) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func Largest[S Shape](shapes ...S) (best S) {
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

// A constraint mixing a type set with a method.
type Labeled interface {
	~int | ~string
	Label() string
}

type Code int

func (c Code) Label() string { return fmt.Sprintf("E%03d", int(c)) }

type Tag string

func (t Tag) Label() string { return "#" + strings.ToLower(string(t)) }

func Labels[T Labeled](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.Label())
	}
	return out
}

func SortedLabels[T Labeled](xs []T) []T {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s
}

func main() {
	rects := []Rect{{2, 3}, {4, 1}, {1, 1}}
	fmt.Println(TotalArea(rects))
	fmt.Printf("%+v\n", Largest(rects...))
	circles := []Circle{{1}, {0.5}}
	fmt.Printf("%.3f %v\n", TotalArea(circles), Largest(circles...).Name())
	mixed := []Shape{Rect{10, 10}, Circle{6}}
	fmt.Printf("%.2f %T\n", TotalArea(mixed), Largest(mixed...))
	var none []Rect
	fmt.Println(Largest(none...), TotalArea(none))

	codes := []Code{404, 7, 500}
	fmt.Println(Labels(codes), SortedLabels(codes), codes)
	tags := []Tag{"Go", "Generics", "Blog"}
	fmt.Println(Labels(tags), SortedLabels(tags))
}
