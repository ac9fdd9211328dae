package main

import (
	"fmt"
	"math"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprint("cannot Sqrt negative number: ", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 100; i++ {
		prev := z
		z -= (z*z - x) / (2 * z)
		if math.Abs(z-prev) < 1e-12 {
			break
		}
	}
	return z, nil
}

func main() {
	for _, x := range []float64{2, 9, 0.25, 1e6, -2} {
		v, err := Sqrt(x)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Printf("%v | %T | %.1f\n", err, err, err)
			continue
		}
		fmt.Printf("Sqrt(%g) = %.10f (math: %.10f, diff %.2e)\n", x, v, math.Sqrt(x), math.Abs(v-math.Sqrt(x)))
	}
	_, err := Sqrt(-9)
	if e, ok := err.(ErrNegativeSqrt); ok {
		fmt.Println("negative value was", float64(e))
	}
	fmt.Println(err)
	fmt.Println(ErrNegativeSqrt(-1.5))
	z := 1.0
	for i := 1; i <= 5; i++ {
		z -= (z*z - 2) / (2 * z)
		fmt.Println(i, z)
	}
}
