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

// The same thing written as a plain function.
func Abs(v Vertex) float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Strs []string

func (s Strs) Len() int { return len(s) }

func main() {
	v := Vertex{3, 4}
	fmt.Println(v.Abs())
	fmt.Println(Abs(v))
	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
	fmt.Printf("%T %v\n", f, f)
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	fmt.Println(Strs{"a", "b", "c"}.Len())
	abs := v.Abs
	v.X = 0
	fmt.Println(abs(), v.Abs())
	fexpr := Vertex.Abs
	fmt.Println(fexpr(Vertex{6, 8}))
}
