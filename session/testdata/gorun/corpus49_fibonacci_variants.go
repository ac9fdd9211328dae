package main

import (
	"fmt"
	"math/big"
)

func fibIter(n int) int {
	a, b := 0, 1
	for range n {
		a, b = b, a+b
	}
	return a
}

var memo = map[int]int{}

func fibMemo(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fibMemo(n-1) + fibMemo(n-2)
	return memo[n]
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	next := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	for _, n := range []int{10, 30, 50, 90} {
		fmt.Printf("fib(%d) iter=%d memo=%d\n", n, fibIter(n), fibMemo(n))
	}
	fmt.Println("fib(150) =", fibBig(150))
	fmt.Println("len(memo) =", len(memo))
	evens := 0
	for i, f := 0, fibGen(); ; i++ {
		v := f()
		if v > 4000000 {
			break
		}
		if v%2 == 0 {
			evens += v
		}
	}
	fmt.Println("sum of even fibs under 4M:", evens)
}
