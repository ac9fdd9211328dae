package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println("Sqrt(2):", math.Sqrt(2))
	fmt.Println("Sqrt(-1):", math.Sqrt(-1))
	fmt.Println("Pow(2,10):", math.Pow(2, 10), "Pow(2,0.5):", math.Pow(2, 0.5))
	fmt.Println("Pow(0,-1):", math.Pow(0, -1))
	fmt.Println("Inf:", math.Inf(1), math.Inf(-1), -math.Log(0))
	nan := math.NaN()
	fmt.Println("NaN:", nan, nan == nan, math.IsNaN(nan))
	fmt.Println("Mod:", math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2))
	fmt.Println("Remainder:", math.Remainder(7, 3))
	vals := []float64{2.5, -2.5, 3.5, 2.4999, -0.5, 0.5}
	fmt.Printf("%8s %8s %8s %8s %8s %8s\n", "x", "Floor", "Ceil", "Round", "Trunc", "RtEven")
	for _, v := range vals {
		fmt.Printf("%8v %8v %8v %8v %8v %8v\n", v, math.Floor(v), math.Ceil(v),
			math.Round(v), math.Trunc(v), math.RoundToEven(v))
	}
	fmt.Println("Abs:", math.Abs(-3.2), "Max:", math.Max(3, nan), "Min:", math.Min(-0.0, 0))
	fmt.Println("Hypot:", math.Hypot(3, 4), "Cbrt:", math.Cbrt(27))
	fmt.Println("Log:", math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0))
	fmt.Println("Exp:", math.Exp(1), math.Exp(710))
	fmt.Printf("Sin(Pi)=%v Cos(Pi)=%v\n", math.Sin(math.Pi), math.Cos(math.Pi))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Atan2(1, 1), math.Tan(math.Pi/4))
	i, f := math.Modf(3.75)
	fmt.Println("Modf:", i, f)
	fr, exp := math.Frexp(8)
	fmt.Println("Frexp:", fr, exp, math.Ldexp(fr, exp))
	fmt.Println("Signbit:", math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	negZero := math.Copysign(0, -1)
	fmt.Println("neg zero:", negZero, 1/negZero)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0))
	fmt.Println(math.Float64frombits(0x4009_21FB_5444_2D18))
}
