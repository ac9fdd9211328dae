package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MaxUint8, math.MaxInt8)
	var big uint64 = math.MaxUint64
	fmt.Println(big)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Printf("%.4f %.10f\n", math.Pi, math.Phi)

	fmt.Println(math.Sqrt(16), math.Cbrt(27), math.Pow(2, 10), math.Pow10(3))
	fmt.Println(math.Abs(-3.2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(8), math.Log10(1000))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.4f\n", math.Atan2(1, 1)*180/math.Pi)

	posInf := math.Inf(1)
	negInf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(posInf, negInf, nan)
	fmt.Println(posInf > math.MaxFloat64, nan == nan, math.IsNaN(nan), math.IsInf(negInf, -1))
	fmt.Printf("%v %f %.2f %g\n", posInf, negInf, nan, nan)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))

	intPart, frac := math.Modf(3.75)
	fmt.Println(intPart, frac)
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp)
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.0))
	fmt.Println(int(math.Round(2.675*100)), 2.675*100)

	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)

	fmt.Println(math.Exp(1), math.Expm1(1e-10))
	fmt.Println(math.Gamma(5), math.Erf(0))
	x := 1e308
	fmt.Println(x*10, -x*10)
	fmt.Println(math.Nextafter(1, 2) - 1)
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5))
}
