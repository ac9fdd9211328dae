package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ side float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (s Square) Area() float64  { return s.side * s.side }
func (s Square) String() string { return fmt.Sprintf("square(%g)", s.side) }

type Named struct {
	S Shape
	N string
}

type holder struct {
	shape Shape
	label string
}

type node struct {
	Name string
	Next *node
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}}
	fmt.Println(shapes)
	fmt.Printf("%v %+v\n", shapes, shapes)
	fmt.Printf("%#v\n", shapes)
	fmt.Println(map[string]Shape{"u": Rect{1, 1}})
	fmt.Println(Named{Rect{1, 2}, "x"})
	fmt.Printf("%+v\n", Named{Rect{1, 2}, "x"})
	fmt.Printf("%+v\n", holder{Circle{2}, "c"})
	fmt.Printf("%v %+v\n", holder{Square{2}, "q"}, holder{Square{2}, "q"})
	fmt.Printf("%#v\n", Named{Rect{1, 2}, "x"})
	fmt.Println([]any{Rect{5, 6}, 3})

	// A String method of one shape type shapes what is printed, wherever it sits.
	mixed := []Shape{Square{2}, Rect{1, 3}}
	fmt.Println(mixed)
	fmt.Printf("%v|%s|%+v\n", mixed, mixed, mixed)
	fmt.Printf("%#v\n", mixed)
	fmt.Println(Named{Square{3}, "sq"})
	fmt.Println([]any{Square{4}, "s", 1.5})

	// Pointers to cell structs in []any print by address below the top level.
	n := &node{Name: "a"}
	items := []any{n, Rect{7, 8}}
	fmt.Println(len(fmt.Sprint(items)) > 0, strings.HasPrefix(fmt.Sprint(items), "[0x"))
	fmt.Println([]any{Rect{1, 1}, nil, "x"})

	// Nested maps and slices of the interface.
	groups := map[string][]Shape{"round": {Circle{1}, Circle{2}}, "square": {Square{1}, Rect{2, 2}}}
	fmt.Println(groups)
	fmt.Printf("%+v\n", groups)
	arr := [2]Shape{Rect{1, 2}, nil}
	fmt.Println(arr)

	// The other printing functions go the same way.
	s := fmt.Sprint(shapes)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v", mixed))
	fmt.Fprintln(os.Stdout, shapes, mixed)
	err := fmt.Errorf("bad shapes %v", shapes)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == nil)
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println(mixed)
	fmt.Printf("%T %T\n", shapes, mixed[0])
	fmt.Println(map[string]any{"r": Rect{2, 3}, "n": 4})
}
