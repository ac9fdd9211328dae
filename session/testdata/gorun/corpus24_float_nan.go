package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan))

	m := map[float64]string{}
	m[nan] = "a"
	m[nan] = "b"
	m[1.0] = "one"
	m[1.0] = "uno"
	fmt.Println("len:", len(m))
	_, ok := m[nan]
	fmt.Println("lookup NaN:", ok)
	vals := []string{}
	for k, v := range m {
		if k != k {
			vals = append(vals, v)
		}
	}
	sort.Strings(vals)
	fmt.Println("NaN entries:", vals)
	delete(m, nan)
	fmt.Println("after delete NaN:", len(m))
	clear(m)
	fmt.Println("after clear:", len(m))

	negZero := math.Copysign(0, -1)
	zero := 0.0
	fmt.Println(negZero == zero, math.Signbit(negZero), math.Signbit(zero))
	fmt.Println(negZero, 1/negZero, 1/zero)
	fmt.Printf("%v %.1f %g\n", negZero, negZero, -zero)
	z := map[float64]int{zero: 1}
	z[negZero] = 2
	fmt.Println("zero keys:", len(z), z[0])

	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	const eps = 1e-9
	fmt.Println(math.Abs(a+b-0.3) < eps)

	fs := []float64{3, nan, 1, 2}
	sort.Float64s(fs)
	fmt.Println(fs)
	fmt.Println(math.Max(1, nan), math.Min(nan, 1), max(2.0, 3.5))
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(-1) < -1e308)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float32(0.1) == 0.1, float64(float32(0.1)))
}
