package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sizer interface {
	Shape
	fmt.Stringer
}

type Circle struct{ Radius float64 }
type Square struct{ Width, Height float64 }

func (c Circle) Area() float64      { return math.Pi * math.Pow(c.Radius, 2) }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("Circle {Radius: %.2f}", c.Radius) }

func (s Square) Area() float64      { return s.Width * s.Height }
func (s Square) Perimeter() float64 { return 2 * (s.Width + s.Height) }
func (s Square) String() string {
	return fmt.Sprintf("Square {Width: %.2f, Height: %.2f}", s.Width, s.Height)
}

func Less(s1, s2 Sizer) Sizer {
	if s1.Area() < s2.Area() {
		return s1
	}
	return s2
}

type Article struct {
	Title  string
	Author string
}

func (a Article) String() string {
	return fmt.Sprintf("The %q article was written by %s.", a.Title, a.Author)
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	a := Article{Title: "Understanding Interfaces in Go", Author: "Sammy Shark"}
	fmt.Println(a)
	fmt.Printf("%v | %s | %+v\n", a, a, a)

	c := Circle{Radius: 10}
	s := Square{Height: 3, Width: 5}
	l := Less(c, s)
	fmt.Printf("%v is the smallest\n", l)
	fmt.Printf("%+v\n", l)

	shapes := byArea{c, s, Square{1, 1}}
	sort.Sort(shapes)
	for _, sh := range shapes {
		fmt.Printf("%s area %.2f\n", sh, sh.Area())
	}

	var x interface{} = s
	if st, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	_, isShape := x.(Shape)
	_, isErr := x.(error)
	fmt.Println(isShape, isErr)

	var sb strings.Builder
	var w fmt.Stringer = &sb
	sb.WriteString("builder content")
	fmt.Println(w.String())

	var empty Shape
	fmt.Println(empty == nil)
	fmt.Println([]fmt.Stringer{c, a})
}
