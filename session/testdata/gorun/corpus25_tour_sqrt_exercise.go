package main

import (
	"fmt"
	"math"
)

// Newton's method, ten fixed rounds.
func Sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

// Stop when the change is tiny, and count the rounds.
func SqrtUntil(x float64) (float64, int) {
	z := x / 2
	if z == 0 {
		return 0, 0
	}
	rounds := 0
	for {
		next := z - (z*z-x)/(2*z)
		rounds++
		if math.Abs(next-z) < 1e-12 {
			return next, rounds
		}
		z = next
	}
}

func main() {
	for _, x := range []float64{1, 2, 3, 9, 100} {
		got := Sqrt(x)
		fmt.Printf("Sqrt(%v) = %.10f, math.Sqrt = %.10f, diff %.1e\n",
			x, got, math.Sqrt(x), math.Abs(got-math.Sqrt(x)))
	}
	for _, x := range []float64{2, 1e6} {
		v, n := SqrtUntil(x)
		fmt.Printf("%.6f after %d rounds\n", v, n)
	}
	fmt.Println(SqrtUntil(0))
}
