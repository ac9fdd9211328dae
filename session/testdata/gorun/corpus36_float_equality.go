package main

import (
	"fmt"
	"math"
	"strconv"
)

func almostEqual(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func main() {
	a, b := 0.1, 0.2
	sum := a + b
	fmt.Println(sum, sum == 0.3, almostEqual(sum, 0.3))
	fmt.Println("const:", 0.1+0.2 == 0.3)
	fmt.Printf("%.20f\n", sum)
	fmt.Printf("%v %g %e %f %.2f %8.3f|\n", sum, sum, sum, sum, sum, sum)

	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), float64(f32) == 0.1)
	fmt.Println(float32(16777216.0)+1 == float32(16777216.0))

	nan := math.NaN()
	fmt.Println("NaN == NaN:", nan == nan, "NaN != NaN:", nan != nan, math.IsNaN(nan))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("map with NaN keys:", len(m), m[nan])

	inf := math.Inf(1)
	fmt.Println(inf, -inf, inf-inf, inf > math.MaxFloat64)
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero == 0, math.Signbit(negZero), 1/negZero)
	fmt.Println(1e21, 1e20, 123456789.0, 1e-5, 0.000123)
	fmt.Println(float32(1)/3, 1.0/3)
	fmt.Println(strconv.FormatFloat(1.5, 'f', -1, 64), strconv.FormatFloat(2.0/3, 'g', 5, 64))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-1.5), math.Trunc(-1.5))
	fmt.Printf("%.1f %.1f %.1f %.0f %.0f\n", 0.05, 0.15, 0.25, 0.5, 1.5)
	x := 100.0
	fmt.Println(x, x/3*3 == x, int(x/3*3))
	fmt.Printf("%6.2f|%-8.3g|%+.1e\n", math.Pi, math.Pi, 12345.678)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	var total float64
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, total == 1.0)
}
