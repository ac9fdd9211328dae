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
	fmt.Println(v.Abs())
	fmt.Println(v)
	p := &Vertex{4, 3}
	p.Scale(3)
	fmt.Println(*p, p.Abs())
	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
	abs := v.Abs
	fmt.Println(abs())
	scale := Vertex.Abs
	fmt.Println(scale(Vertex{6, 8}))
}
