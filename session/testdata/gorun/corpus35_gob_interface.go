package main

import (
	"bytes"
	"encoding/gob"
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

type Drawing struct {
	Title  string
	Shapes []Shape
}

func init() {
	gob.Register(Circle{})
	gob.Register(Rect{})
}

func main() {
	d := Drawing{Title: "demo", Shapes: []Shape{Circle{1}, Rect{2, 3}, Circle{0.5}}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(d); err != nil {
		fmt.Println("encode error:", err)
		return
	}
	var out Drawing
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Println(out.Title, len(out.Shapes))
	total := 0.0
	for _, s := range out.Shapes {
		fmt.Printf("%-6s %T %.3f\n", s.Name(), s, s.Area())
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)

	type unregistered struct{ V int }
	var b2 bytes.Buffer
	err := gob.NewEncoder(&b2).Encode(struct{ X any }{unregistered{1}})
	fmt.Println("unregistered error:", err != nil)
}
