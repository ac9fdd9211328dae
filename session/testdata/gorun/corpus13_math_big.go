package main

import (
	"fmt"
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
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	fmt.Println("50! =", factorial(50))
	f := fib(100)
	fmt.Println("fib(100) =", f, "digits:", len(f.String()))

	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println("2^100 =", y)
	sum := new(big.Int).Add(x, y)
	fmt.Println("sum =", sum, "cmp:", x.Cmp(y), sum.Sign())
	q, r := new(big.Int).QuoRem(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, r)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println(big.NewInt(1_000_003).ProbablyPrime(20), big.NewInt(1_000_001).ProbablyPrime(20))
	fmt.Printf("%x %b\n", big.NewInt(255), big.NewInt(10))

	third := big.NewRat(1, 3)
	sixth := big.NewRat(1, 6)
	half := new(big.Rat).Add(third, sixth)
	fmt.Println(half, half.FloatString(5), new(big.Rat).Mul(half, big.NewRat(4, 5)))

	pi := new(big.Float).SetPrec(200)
	pi.SetString("3.14159265358979323846264338327950288419716939937510")
	r2 := new(big.Float).SetPrec(200).Mul(pi, big.NewFloat(2))
	fmt.Println(r2.Text('f', 40))
	sq := new(big.Float).SetPrec(100).Sqrt(big.NewFloat(2))
	fmt.Println(sq.Text('g', 30))
	fmt.Println(new(big.Int).Neg(factorial(20)).String())
}
