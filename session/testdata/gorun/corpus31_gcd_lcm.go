// GCD and LCM: Euclid's algorithm, recursive and iterative
package main

import (
	"fmt"
	"math/big"
)

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRecursive(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRecursive(b, a%b)
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func gcdMany(nums ...int) int {
	result := nums[0]
	for _, n := range nums[1:] {
		result = gcd(result, n)
	}
	return result
}

func lcmMany(nums ...int) int {
	result := 1
	for _, n := range nums {
		result = lcm(result, n)
	}
	return result
}

func extendedGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extendedGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func main() {
	pairs := [][]int{{48, 18}, {17, 5}, {100, 75}, {0, 9}, {270, 192}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("GCD(%d, %d) = %d, recursive = %d", a, b, gcd(a, b), gcdRecursive(a, b))
		if a != 0 {
			fmt.Printf(", LCM = %d", lcm(a, b))
		}
		fmt.Println()
	}
	fmt.Println("gcd(12, 18, 24) =", gcdMany(12, 18, 24))
	fmt.Println("lcm(1..20) =", lcmMany(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))

	g, x, y := extendedGCD(240, 46)
	fmt.Printf("240*%d + 46*%d = %d\n", x, y, g)

	z := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	fmt.Println("big gcd:", z)
}
