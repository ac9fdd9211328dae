package main

import (
	"fmt"
	"math"
	"math/big"
)

func factorial(n int64) *big.Int {
	result := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		result.Mul(result, big.NewInt(i))
	}
	return result
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
	fmt.Println(factorial(30))
	fmt.Println(fib(100))
	fmt.Println(len(factorial(100).String()))
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(y)
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x))
	q, r := new(big.Int).QuoRem(y, big.NewInt(1000000007), new(big.Int))
	fmt.Println(q, r)
	fmt.Println(big.NewInt(97).ProbablyPrime(20))
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))
	f := new(big.Float).SetPrec(100).SetInt64(2)
	f.Sqrt(f)
	fmt.Println(f.Text('f', 25))
	fmt.Printf("%.4f %v %v\n", math.Sqrt2, math.MaxInt64, math.Inf(1))
	fmt.Println(math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7), math.Mod(7, 3))
}
