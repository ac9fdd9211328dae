package main

import (
	"fmt"
	"math/big"
)

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	fmt.Println(fib(100))
	f := factorial(30)
	fmt.Println(f, f.BitLen(), len(f.String()))
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println(ok)
	q, m := new(big.Int).DivMod(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	fmt.Println(x.Cmp(f), f.Cmp(x), x.Sign(), new(big.Int).Neg(x).Sign())
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println(big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	fmt.Printf("%x %s %v\n", big.NewInt(255), big.NewInt(-7).Text(2), big.NewInt(0))

	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom())
	r2, _ := new(big.Rat).SetString("0.125")
	fmt.Println(r2, new(big.Rat).Mul(r, r2))

	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 25))
	fmt.Printf("%.10f\n", fl)
	a := big.NewFloat(1.5)
	b := big.NewFloat(2.25)
	fmt.Println(new(big.Float).Mul(a, b), a.Cmp(b))
}
