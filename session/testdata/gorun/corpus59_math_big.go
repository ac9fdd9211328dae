package main

import (
	"fmt"
	"math"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sqrt(2), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(1/math.Inf(1), 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Log(math.E), math.Log2(1024))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Float64bits(1.0))

	fmt.Println(factorial(30))
	fmt.Println(fib(100))
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := big.NewInt(987654321)
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	fmt.Println(q, m, x.Cmp(y), x.Sign(), x.BitLen())
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)), big.NewInt(97).ProbablyPrime(20))
	fmt.Println(x.Text(16), fmt.Sprintf("%x", y))
	_, ok := new(big.Int).SetString("12z", 10)
	fmt.Println(ok)

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	f := new(big.Float).SetPrec(100)
	f.SetInt64(2)
	f.Sqrt(f)
	fmt.Println(f.Text('f', 30))
	fmt.Printf("%.10f\n", big.NewFloat(1.5))
}
