package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%v %g %f %.2f %e %E\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678)
	fmt.Println(1e6, 1e21, 1e20, 123456789.0, float32(0.1), float64(float32(0.1)))
	fmt.Printf("%6.2f|%-8.3f|%+.1f|%08.3f\n", 3.14159, 2.5, 1.0, -3.14159)
	fmt.Println(strconv.FormatFloat(1.5, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'g', 5, 64))

	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan, inf, -inf, nan == nan, nan != nan, inf > math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1), inf-inf, 0*inf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)

	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, negZero == 0, math.Signbit(negZero), 1/negZero)
	fmt.Printf("%v %.1f %g\n", negZero, negZero, negZero)

	// NaN keys can be inserted but never found again.
	m := map[float64]string{}
	m[nan] = "first"
	m[nan] = "second"
	m[1.0] = "one"
	_, found := m[nan]
	fmt.Println(len(m), found)
	count := 0
	for k, v := range m {
		if k != k {
			count++
			_ = v
		}
	}
	fmt.Println("NaN keys:", count)
	m[negZero] = "neg zero"
	m[0] = "zero"
	fmt.Println(len(m), m[0])

	// Sorting with NaN.
	xs := []float64{3, nan, 1, 2}
	sort.Float64s(xs)
	fmt.Println(xs)

	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(float32(16777217), float64(1<<53+1))
}
