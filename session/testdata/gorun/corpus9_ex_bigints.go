package main

import (
	"fmt"
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

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	f := factorial(30)
	fmt.Println(f, len(f.String()), digitSum(factorial(100)))
	fmt.Println(fib(100), fib(10))
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(20), p.BitLen())
	q, r := new(big.Int).QuoRem(p, big.NewInt(1000000007), new(big.Int))
	fmt.Println(q, r)
	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok, n.Cmp(p), n.Sign())
	h, _ := new(big.Int).SetString("ff", 16)
	fmt.Println(h, h.Text(2), fmt.Sprintf("%x %08d", h, h))
	g := new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071))
	fmt.Println(g, new(big.Int).Mod(big.NewInt(-7), big.NewInt(3)), new(big.Int).Rem(big.NewInt(-7), big.NewInt(3)))
	rat := big.NewRat(1, 3)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5), new(big.Rat).SetFrac64(10, 4))
	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 25))
	fmt.Printf("%.10f\n", fl)
	var z big.Int
	fmt.Println(z.String(), z.Int64(), z.IsInt64())
	fmt.Println(new(big.Int).Lsh(big.NewInt(1), 70), new(big.Int).Neg(big.NewInt(5)).Abs(big.NewInt(-9)))
}
