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

func digitSum(x *big.Int) int {
	sum := 0
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	f := factorial(50)
	fmt.Println("50! =", f)
	fmt.Println("digits:", len(f.String()), "digit sum:", digitSum(f))
	fmt.Println("100! digit sum:", digitSum(factorial(100)))

	for _, n := range []int{10, 50, 100} {
		fmt.Printf("fib(%d) = %v\n", n, fib(n))
	}

	var z big.Int
	z.MulRange(1, 20)
	fmt.Println("20! via MulRange:", &z)
	fmt.Println("C(52,5) =", new(big.Int).Binomial(52, 5))

	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", p, "prime?", p.ProbablyPrime(20))

	mod := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1_000_000_007))
	fmt.Println("3^1000 mod 1e9+7 =", mod)

	g := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	fmt.Println("gcd:", g)

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println("1/3 + 1/6 =", r, r.FloatString(5))

	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println("sqrt(2) =", fl.Text('f', 25))

	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok, n.Cmp(f), n.Sign(), n.BitLen())
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println("parse bad:", ok)
}
