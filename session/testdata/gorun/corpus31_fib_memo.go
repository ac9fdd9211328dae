// Fibonacci: naive recursion vs. memoization with a map
package main

import "fmt"

var calls int

func fibRecursive(n int) int {
	calls++
	if n <= 1 {
		return n
	}
	return fibRecursive(n-1) + fibRecursive(n-2)
}

var memo = map[int]int{}

func fibMemo(n int) int {
	calls++
	if n <= 1 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fibMemo(n-1) + fibMemo(n-2)
	return memo[n]
}

func memoize(f func(int) int) func(int) int {
	cache := make(map[int]int)
	return func(n int) int {
		if v, found := cache[n]; found {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	calls = 0
	r := fibRecursive(20)
	fmt.Printf("fibRecursive(20) = %d, calls = %d\n", r, calls)

	calls = 0
	m := fibMemo(20)
	fmt.Printf("fibMemo(20) = %d, calls = %d\n", m, calls)
	fmt.Println("memo size:", len(memo))

	calls = 0
	fmt.Println("fibMemo(80) =", fibMemo(80), "calls:", calls)

	var fib func(int) int
	fib = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	for i := 0; i <= 10; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", fib)
}
