// Factorial of large numbers using math/big
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

func factorialRecursive(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * factorialRecursive(n-1)
}

func digitSum(x *big.Int) int {
	sum := 0
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	for i := uint64(0); i <= 10; i++ {
		fmt.Printf("%2d! = %d\n", i, factorialRecursive(i))
	}

	f25 := factorial(25)
	fmt.Println("25! =", f25)
	fmt.Printf("type: %T\n", f25)

	f100 := factorial(100)
	s := f100.String()
	fmt.Println("100! has", len(s), "digits")
	fmt.Println("first 20 digits:", s[:20])
	fmt.Println("digit sum of 100! =", digitSum(f100))

	// trailing zeros
	zeros := 0
	for i := len(s) - 1; i >= 0 && s[i] == '0'; i-- {
		zeros++
	}
	fmt.Println("trailing zeros:", zeros)

	// binomial coefficient via big.Int
	var c big.Int
	c.Binomial(52, 5)
	fmt.Println("C(52,5) =", c.String())

	ratio := new(big.Int).Div(factorial(30), factorial(28))
	fmt.Println("30!/28! =", ratio)
	fmt.Println("cmp:", ratio.Cmp(big.NewInt(870)) == 0)
}
