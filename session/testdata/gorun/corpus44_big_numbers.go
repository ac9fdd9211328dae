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
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	f50 := factorial(50)
	fmt.Println("50! =", f50)
	fmt.Println("digits:", len(f50.String()))
	var mf big.Int
	mf.MulRange(1, 50)
	fmt.Println("MulRange agrees:", mf.Cmp(f50) == 0)

	f200 := fib(200)
	fmt.Println("fib(200) =", f200.String())
	fmt.Println("bits:", f200.BitLen())

	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", p, "prime:", p.ProbablyPrime(20))

	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok)
	q, m := new(big.Int).DivMod(n, big.NewInt(97), new(big.Int))
	fmt.Println("div:", q, "mod:", m)
	fmt.Printf("hex: %x\n", n)

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println("1/3 + 1/6 =", r, r.FloatString(5))

	g := new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071))
	fmt.Println("gcd:", g)
	fl := new(big.Float).SetPrec(100).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(fl.Text('g', 25))
}
