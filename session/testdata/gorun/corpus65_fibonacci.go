package main

import (
	"fmt"
	"math/big"
)

func fibRecursive(n int) int {
	if n < 2 {
		return n
	}
	return fibRecursive(n-1) + fibRecursive(n-2)
}

func fibIterative(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
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

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	for i := 0; i <= 15; i++ {
		fmt.Print(fibRecursive(i), " ")
	}
	fmt.Println()
	fmt.Println(fibIterative(50), fibMemo(90))
	fmt.Println(fibBig(100))
	fmt.Println(fibBig(200).String())
	fmt.Println(len(fibBig(500).String()), "digits")

	ch := make(chan int)
	go func() {
		x, y := 0, 1
		for i := 0; i < 10; i++ {
			ch <- x
			x, y = y, x+y
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Print(v, ",")
	}
	fmt.Println()
	fmt.Println(fibIterative(92) > 0, fibIterative(93) > 0)
}
