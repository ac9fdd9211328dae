package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Point struct{ X, Y float64 }

func distance(a, b Point) float64 {
	return math.Hypot(b.X-a.X, b.Y-a.Y)
}

func main() {
	fmt.Println(math.Pi)
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(0))
	fmt.Println(math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Cbrt(27), math.Exp(0))
	fmt.Println(distance(Point{0, 0}, Point{3, 4}))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(1/math.Inf(-1), 0))
	fmt.Println(math.MaxInt8, math.MaxUint16, math.SmallestNonzeroFloat64 > 0)
	fmt.Println(math.MaxFloat32)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%.2f\n", math.Round(2.345*100)/100)

	r := rand.New(rand.NewSource(42))
	a := r.Intn(100)
	r2 := rand.New(rand.NewSource(42))
	b := r2.Intn(100)
	fmt.Println("same seed, same value:", a == b)

	var sum float64
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i*i)
	}
	fmt.Printf("%.6f vs %.6f\n", sum, math.Pi*math.Pi/6)
	fmt.Println(0.1+0.2 == 0.3, math.Abs(0.1+0.2-0.3) < 1e-9)
	x := 0.1
	fmt.Println(x+0.2, float32(x))
}
