package main

import (
	"fmt"
	"math/big"
	"strings"
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
	for _, n := range []int64{0, 5, 20, 25, 50} {
		fmt.Printf("%d! = %v\n", n, factorial(n))
	}
	f100 := factorial(100)
	fmt.Println("digits in 100!:", len(f100.String()), "digit sum:", digitSum(f100))
	zeros := len(f100.String()) - len(strings.TrimRight(f100.String(), "0"))
	fmt.Println("trailing zeros:", zeros)
	fmt.Println("fib(100) =", fib(100))

	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", p, "prime:", p.ProbablyPrime(20))

	q, r := new(big.Int).QuoRem(f100, factorial(98), new(big.Int))
	fmt.Println("100!/98! =", q, "rem", r)
	g := new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071))
	fmt.Println("gcd:", g)
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok, x.Cmp(p), x.Sign(), x.BitLen())
	fmt.Printf("%x %v\n", x, new(big.Int).Neg(x))
	rat := big.NewRat(1, 3)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))
	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 30))
}
