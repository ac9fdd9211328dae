package main

import (
	"fmt"
	"math"
)

const tau = math.Pi * 2.0

const degree = math.Pi / 180.0

func main() {
	fmt.Println(math.E > 2.7, 2.7 < math.E, math.Pi == 3.14)
	fmt.Println(math.E+0.5, 1.5+math.Pi, -math.Pi+0.5)
	fmt.Println(tau, degree*90)
	// The constants keep more digits than a float64 until they are used.
	fmt.Println((math.E - 2.718281828) * 1e9)
	fmt.Println((math.Pi - 3.14159265358979) * 1e15)
	fmt.Println(math.MaxFloat64 > 1e308, math.SmallestNonzeroFloat64 < 1e-323)
	const half = 0.5
	fmt.Println(math.Sqrt2*half == math.Sqrt2/2, math.Phi-1.0)
	x := math.Ln2 * 10.0
	fmt.Printf("%T %.6f\n", x, x)
	switch {
	case math.Pi > 3.2:
		fmt.Println("too big")
	case math.Pi > 3.1:
		fmt.Println("about right")
	}
	fmt.Println(math.MaxInt8*1.5, float32(math.Pi*1.0))
}
