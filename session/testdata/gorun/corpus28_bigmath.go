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
	f50 := factorial(50)
	fmt.Println("50! =", f50)
	fmt.Println("digits:", len(f50.String()), "digit sum:", digitSum(f50))
	f100 := factorial(100)
	zeros := 0
	ten := big.NewInt(10)
	q, m := new(big.Int), new(big.Int)
	q.Set(f100)
	for {
		q.DivMod(q, ten, m)
		if m.Sign() != 0 {
			break
		}
		zeros++
	}
	fmt.Println("trailing zeros of 100!:", zeros)
	for _, n := range []int{10, 50, 100, 200} {
		fmt.Printf("fib(%d) = %v\n", n, fib(n))
	}
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(x.Cmp(y), new(big.Int).Sub(y, x), y.BitLen())
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println(big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	pi := new(big.Float).SetPrec(100).SetFloat64(3.14159)
	fmt.Println(pi.Text('g', 10))
	_, ok := new(big.Int).SetString("12x", 10)
	fmt.Println("parse ok:", ok)
	fmt.Printf("%x %d\n", big.NewInt(255), factorial(20))
}
