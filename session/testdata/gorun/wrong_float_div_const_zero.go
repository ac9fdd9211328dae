package main

import (
	"fmt"
	"math"
)

// A float variable divided by a constant zero is Inf or NaN at run time
// in Go; the interpreter refused it as a division by zero.
type Celsius float64

func ratio(a float64) float64 { return a / 0 }

func main() {
	var h float32 = 0.5
	x := -3.0
	z := 0.0
	c := Celsius(2)
	fmt.Println(h/0, x/0, z/0, -h/0.0, c/0)
	fmt.Println(ratio(1), math.IsInf(ratio(-1), -1), math.IsNaN(ratio(0)))
	fmt.Printf("%T %v\n", c/0, (h+1)/(0))
	y := 7.5
	y /= 0
	fmt.Println(y)
}
