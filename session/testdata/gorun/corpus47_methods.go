package main

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func ScaleFunc(v *Vertex, f float64) {
	v.X *= f
	v.Y *= f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

func main() {
	v := Vertex{3, 4}
	fmt.Println(v.Abs())
	v.Scale(10)
	fmt.Println(v.Abs(), v)

	p := &Vertex{4, 3}
	p.Scale(2)
	ScaleFunc(p, 0.5)
	fmt.Println(*p, p.Abs())

	var w Vertex
	ScaleFunc(&w, 2)
	w = Vertex{1, 1}
	(&w).Scale(3)
	fmt.Println(w)

	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
	fmt.Printf("%T\n", f)
	g := Vertex.Abs
	fmt.Println(g(Vertex{6, 8}))
}
