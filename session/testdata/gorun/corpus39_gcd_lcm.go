package main

import (
	"fmt"
	"math/big"
)

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func lcm(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	return a / gcd(a, b) * b
}

func gcdAll(nums ...int64) int64 {
	g := int64(0)
	for _, n := range nums {
		g = gcd(g, n)
	}
	return g
}

func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func main() {
	pairs := [][2]int64{{48, 18}, {17, 5}, {0, 9}, {-12, 8}, {1071, 462}}
	for _, p := range pairs {
		fmt.Printf("gcd(%d, %d) = %d, lcm = %d\n", p[0], p[1], gcd(p[0], p[1]), lcm(p[0], p[1]))
	}
	fmt.Println("gcdAll:", gcdAll(84, 126, 210))
	l := int64(1)
	for i := int64(1); i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
	g, x, y := extGCD(240, 46)
	fmt.Printf("240*%d + 46*%d = %d\n", x, y, g)
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("987654321098765432109876543210", 10)
	bx, by := new(big.Int), new(big.Int)
	bg := new(big.Int).GCD(bx, by, a, b)
	fmt.Println("big gcd:", bg)
	check := new(big.Int).Add(new(big.Int).Mul(a, bx), new(big.Int).Mul(b, by))
	fmt.Println("bezout ok:", check.Cmp(bg) == 0)
	inv := new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11))
	fmt.Println("3^-1 mod 11 =", inv)
	// reduce fractions
	fr := [][2]int64{{6, 8}, {100, 25}, {7, 13}}
	for _, f := range fr {
		g := gcd(f[0], f[1])
		fmt.Printf("%d/%d -> %d/%d\n", f[0], f[1], f[0]/g, f[1]/g)
	}
}
