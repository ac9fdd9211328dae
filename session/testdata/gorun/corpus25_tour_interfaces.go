package main

import (
	"fmt"
	"math"
)

type Abser interface {
	Abs() float64
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Vertex struct {
	X, Y float64
}

func (v *Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

// Implicit implementation: T never says it implements I.
type I interface {
	M()
}

type T struct {
	S string
}

func (t T) M() {
	fmt.Println(t.S)
}

func main() {
	var a Abser
	f := MyFloat(-math.Sqrt2)
	v := Vertex{3, 4}
	a = f // a MyFloat implements Abser
	fmt.Println(a.Abs())
	a = &v // a *Vertex implements Abser
	fmt.Println(a.Abs())
	// a = v would not compile: Vertex (the value) lacks Abs.

	var i I = T{"hello"}
	i.M()
	all := []Abser{MyFloat(2), &Vertex{6, 8}, MyFloat(-1.5)}
	sum := 0.0
	for _, x := range all {
		sum += x.Abs()
	}
	fmt.Println(sum)
	_, isPtr := a.(*Vertex)
	fmt.Println(isPtr)
}
