package main

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ Radius float64 }
type Square struct{ Width float64 }

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("Circle {Radius %.2f}", c.Radius) }
func (s Square) Area() float64      { return s.Width * s.Width }
func (s Square) Perimeter() float64 { return 4 * s.Width }
func (s Square) String() string     { return fmt.Sprintf("Square {Width %.2f}", s.Width) }

type Sizer interface{ Area() float64 }

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

type Book struct {
	Title  string
	Author string
	Pages  int
}

func (b *Book) String() string {
	return fmt.Sprintf("%q by %s, %d pages", b.Title, b.Author, b.Pages)
}

type Stringer interface{ String() string }

func Print(s Stringer) { fmt.Println(s.String()) }

type Upper struct{ s string }

func (u Upper) Write(p []byte) (int, error) {
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	shapes := []Shape{Circle{1}, Square{2}, Circle{0.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%v area=%.2f perim=%.2f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)
	fmt.Println(Less(Circle{1}, Square{2}))

	a := Article{Title: "Understanding Interfaces in Go", Author: "Sammy Shark"}
	fmt.Println(a)
	Print(a)
	fmt.Printf("%s|%v|%+v\n", a, a, a)

	b := Book{"Go", "Someone", 300}
	fmt.Println(b)
	fmt.Println(&b)
	Print(&b)

	// A nil interface vs an interface holding a nil pointer.
	var s Shape
	fmt.Println(s == nil)
	var bp *Book
	var st Stringer = bp
	fmt.Println(st == nil, bp == nil)

	// Interface satisfaction checked at compile time.
	var _ Shape = Circle{}
	var _ Stringer = (*Book)(nil)

	// Any value that has Write is an io.Writer.
	fmt.Fprintf(Upper{}, "written through %s\n", "an interface")

	// Embedding interfaces.
	type Namer interface{ Name() string }
	type NamedShape interface {
		Shape
		fmt.Stringer
	}
	var ns NamedShape = Square{3}
	fmt.Println(ns.String(), ns.Area())
}
