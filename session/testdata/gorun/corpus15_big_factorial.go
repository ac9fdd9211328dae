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

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func binom(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

func main() {
	f := factorial(30)
	fmt.Println(f, len(f.String()), digitSum(factorial(100)))
	fmt.Println(factorial(0), factorial(1), factorial(20).Int64(), factorial(21).IsInt64())
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(100), nil)
	fmt.Println(p, p.BitLen(), p.Cmp(f), p.Sign())
	q, m := new(big.Int).DivMod(f, big.NewInt(1_000_000_007), new(big.Int))
	fmt.Println(q, m)
	fmt.Println(binom(50, 25), binom(10, 3))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom())
	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 25), math.Sqrt2)
	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok, new(big.Int).Mul(n, n))
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println(ok)
	fmt.Printf("%x %d %s %v\n", p, big.NewInt(-42), big.NewInt(7), []*big.Int{big.NewInt(1), big.NewInt(2)})
	g := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	fmt.Println(g, big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	a := big.NewInt(10)
	b := a
	b.Add(b, big.NewInt(5))
	fmt.Println(a, b)
}
