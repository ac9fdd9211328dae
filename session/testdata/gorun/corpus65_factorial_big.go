package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func bigFactorial(n int64) *big.Int {
	result := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		result.Mul(result, big.NewInt(i))
	}
	return result
}

func digitSum(s string) int {
	sum := 0
	for _, c := range s {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Printf("%2d! = %d\n", i, factorial(i))
	}
	fmt.Println("20! =", factorial(20))
	fmt.Println("21! overflows int64:", factorial(21))

	f50 := bigFactorial(50)
	fmt.Println("50! =", f50)
	f100 := bigFactorial(100).String()
	fmt.Println("100! has", len(f100), "digits, digit sum", digitSum(f100))
	fmt.Println("trailing zeros:", len(f100)-len(strings.TrimRight(f100, "0")))

	var m big.Int
	m.MulRange(1, 25)
	fmt.Println("25! =", m.String())
	var q, r big.Int
	q.DivMod(f50, big.NewInt(1000007), &r)
	fmt.Println("50! mod 1000007 =", r.String())
	fmt.Println(f50.Cmp(&m) > 0, f50.BitLen())
	c := new(big.Int).Binomial(52, 5)
	fmt.Println("poker hands:", c)
	fmt.Printf("%e\n", new(big.Float).SetInt(f50))
}
