package main

import (
	"fmt"
	"math/big"
)

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func fibGen() func() *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	return func() *big.Int {
		r := new(big.Int).Set(a)
		a.Add(a, b)
		a, b = b, a
		return r
	}
}

func main() {
	next := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	for _, n := range []int{50, 93, 94, 100, 300} {
		f := fib(n)
		fmt.Printf("fib(%d) = %v (%d digits, %d bits)\n", n, f, len(f.String()), f.BitLen())
	}
	f100 := fib(100)
	fmt.Println(f100.IsInt64(), fib(92).IsInt64(), fib(92).Int64())
	fmt.Printf("%x\n", f100)
	fmt.Printf("%s\n", f100.Text(36))
	q, r := new(big.Int).QuoRem(fib(101), f100, new(big.Int))
	fmt.Println(q, r)
	ratio := new(big.Rat).SetFrac(fib(101), f100)
	fmt.Println(ratio.FloatString(20))
	fmt.Println(f100.Cmp(fib(99)), fib(99).Cmp(f100), f100.Sign())
	var u uint64
	a, b := uint64(0), uint64(1)
	for i := 0; i < 94; i++ {
		a, b = b, a+b
	}
	u = a
	fmt.Println("uint64 fib(94) overflowed:", u)
}
