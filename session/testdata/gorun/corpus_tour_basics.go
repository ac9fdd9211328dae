package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

const Pi = 3.14

func add(x, y int) int { return x + y }

func swap(x, y string) (string, string) { return y, x }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func main() {
	fmt.Println(add(42, 13))
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(split(17))
	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)
	var i int
	var f float64
	var s string
	fmt.Printf("%v %v %q\n", i, f, s)
	x, y := 3, 4
	hyp := math.Sqrt(float64(x*x + y*y))
	fmt.Println(x, y, uint(hyp))
	fmt.Println("Happy", Pi, "Day")
	v := 42.5
	fmt.Printf("v is of type %T\n", v)
}
