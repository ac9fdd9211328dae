package main

import "fmt"

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

var calls int

func slowSquare(n int) int {
	calls++
	return n * n
}

func main() {
	sq := memoize(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("calls:", calls)

	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	fmt.Println("fib(80) =", fib(80))
	fmt.Println("memo size:", len(memo))

	type key struct{ r, c int }
	paths := map[key]int{}
	var grid func(r, c int) int
	grid = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := key{r, c}
		if v, ok := paths[k]; ok {
			return v
		}
		v := grid(r-1, c) + grid(r, c-1)
		paths[k] = v
		return v
	}
	fmt.Println("lattice paths 16x16:", grid(16, 16))
}
