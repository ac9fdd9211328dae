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

// Value receiver: scales a copy.
func (v Vertex) ScaleCopy(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

// As functions.
func AbsFunc(v Vertex) float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func ScaleFunc(v *Vertex, f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func main() {
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs())
	v.ScaleCopy(100)
	fmt.Println(v)

	w := Vertex{3, 4}
	ScaleFunc(&w, 10)
	fmt.Println(AbsFunc(w))

	// Methods and pointer indirection.
	a := Vertex{3, 4}
	a.Scale(2)
	ScaleFunc(&a, 10)
	p := &Vertex{4, 3}
	p.Scale(3)
	ScaleFunc(p, 8)
	fmt.Println(a, p)
	fmt.Println(a.Abs(), p.Abs())
	fmt.Println(AbsFunc(*p))

	// Choosing a pointer receiver.
	q := &Vertex{3, 4}
	fmt.Printf("Before scaling: %+v, Abs: %v\n", q, q.Abs())
	q.Scale(5)
	fmt.Printf("After scaling: %+v, Abs: %v\n", q, q.Abs())
	vs := []Vertex{{1, 0}, {0, 2}}
	for i := range vs {
		vs[i].Scale(2)
	}
	for _, x := range vs {
		x.Scale(100)
	}
	fmt.Println(vs)
}
