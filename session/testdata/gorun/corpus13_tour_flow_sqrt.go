package main

import (
	"fmt"
	"math"
	"time"
)

func sqrt(x float64) string {
	if x < 0 {
		return sqrt(-x) + "i"
	}
	return fmt.Sprint(math.Sqrt(x))
}

func pow(x, n, lim float64) float64 {
	if v := math.Pow(x, n); v < lim {
		return v
	} else {
		fmt.Printf("%g >= %g\n", v, lim)
	}
	return lim
}

func Sqrt(x float64) (float64, int) {
	z := 1.0
	steps := 0
	for range 20 {
		next := z - (z*z-x)/(2*z)
		steps++
		if math.Abs(next-z) < 1e-12 {
			z = next
			break
		}
		z = next
	}
	return z, steps
}

func main() {
	sum := 1
	for sum < 1000 {
		sum += sum
	}
	fmt.Println(sum)

	fmt.Println(sqrt(2), sqrt(-4))
	fmt.Println(pow(3, 2, 10), pow(3, 3, 20))

	for _, x := range []float64{2, 9, 1e6} {
		z, steps := Sqrt(x)
		fmt.Printf("Sqrt(%g) = %.10f after %d steps (math: %.10f)\n", x, z, steps, math.Sqrt(x))
	}

	day := time.Date(2024, time.March, 14, 0, 0, 0, 0, time.UTC).Weekday()
	fmt.Println("When's Saturday?")
	switch time.Saturday {
	case day + 0:
		fmt.Println("Today.")
	case day + 1:
		fmt.Println("Tomorrow.")
	case day + 2:
		fmt.Println("In two days.")
	default:
		fmt.Println("Too far away.")
	}

	hour := 15
	switch {
	case hour < 12:
		fmt.Println("Good morning!")
	case hour < 17:
		fmt.Println("Good afternoon.")
	default:
		fmt.Println("Good evening.")
	}

	fmt.Println("counting")
	for i := range 4 {
		defer fmt.Println(i)
	}
	fmt.Println("done")
}
