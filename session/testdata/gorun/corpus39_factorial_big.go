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

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	for _, n := range []int64{0, 1, 5, 10, 20, 21, 25} {
		fmt.Printf("%2d! = %v\n", n, factorial(n))
	}
	f100 := factorial(100)
	s := f100.String()
	fmt.Println("100! has", len(s), "digits, digit sum", digitSum(f100))
	fmt.Println("trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))
	mr := new(big.Int).MulRange(1, 100)
	fmt.Println("MulRange equal:", mr.Cmp(f100) == 0)
	binom := new(big.Int).Binomial(50, 25)
	fmt.Println("C(50,25) =", binom)
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println("2^100 =", p)
	m := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007))
	fmt.Println("3^1000 mod 1e9+7 =", m)
	g := new(big.Int).GCD(nil, nil, factorial(20), p)
	fmt.Println("gcd(20!, 2^100) =", g)
	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok)
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println("bad parse ok:", ok)
	fmt.Println(new(big.Int).Sqrt(f100).String()[:20])
	fmt.Println(big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	fmt.Printf("%T %v\n", f100, new(big.Int).Neg(big.NewInt(42)))
}
