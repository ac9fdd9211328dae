package main

import "fmt"

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

func fibIter(n int) int {
	a, b := 0, 1
	for range n {
		a, b = b, a+b
	}
	return a
}

func memoize(f func(int) int) func(int) int {
	cache := make(map[int]int)
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	for _, n := range []int{0, 1, 10, 50, 90} {
		fmt.Printf("fib(%d) = %d / %d\n", n, fibMemo(n), fibIter(n))
	}
	fmt.Println("memo entries:", len(memo))

	calls := 0
	var slowSquare func(int) int
	slowSquare = func(n int) int { calls++; return n * n }
	fast := memoize(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 4, 5} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", calls)

	next := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(next(), ",")
	}
	fmt.Println()

	// climbing stairs: ways to climb n steps taking 1 or 2 at a time
	ways := make([]int, 11)
	ways[0], ways[1] = 1, 1
	for i := 2; i < len(ways); i++ {
		ways[i] = ways[i-1] + ways[i-2]
	}
	fmt.Println("stairs:", ways)
}
