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

const (
	Big   = 1 << 100
	Small = Big >> 99
)

func add(x, y int) int { return x + y }

func swap(x, y string) (string, string) { return y, x }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println("My favorite number is", 7)
	fmt.Printf("Now you have %g problems.\n", math.Sqrt(7))
	fmt.Println(math.Pi)
	fmt.Println(add(42, 13))
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(split(17))

	var i, j int = 1, 2
	var c, python, java = true, false, "no!"
	fmt.Println(i, j, c, python, java)

	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)

	var zi int
	var zf float64
	var zb bool
	var zs string
	fmt.Printf("%v %v %v %q\n", zi, zf, zb, zs)

	x, y := 3, 4
	f := math.Sqrt(float64(x*x + y*y))
	u := uint(f)
	fmt.Println(x, y, u)

	v := 42.5
	fmt.Printf("v is of type %T\n", v)

	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))

	// Go 1.22 and later: ranging over an integer, and the min/max builtins.
	sum := 0
	for n := range 10 {
		sum += n
	}
	fmt.Println("sum of 0..9:", sum)
	fmt.Println(min(3, 1, 2), max(2.5, 7, 1), min("go", "gopher"))
	lo, hi := math.MaxInt, math.MinInt
	for _, n := range []int{17, -4, 23, 8} {
		lo = min(lo, n)
		hi = max(hi, n)
	}
	fmt.Println("lo", lo, "hi", hi)
}
