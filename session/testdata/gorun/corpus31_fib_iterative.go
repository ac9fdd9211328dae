// Go program to print the Fibonacci series using a loop
package main

import "fmt"

func fibonacci(n int) []int {
	series := make([]int, 0, n)
	a, b := 0, 1
	for i := 0; i < n; i++ {
		series = append(series, a)
		a, b = b, a+b
	}
	return series
}

func nthFib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	var prev, curr uint64 = 0, 1
	for i := 2; i <= n; i++ {
		prev, curr = curr, prev+curr
	}
	return curr
}

func main() {
	n := 15
	fmt.Println("Fibonacci series up to", n, "terms:")
	series := fibonacci(n)
	for i, v := range series {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Printf("series = %v (len=%d, cap=%d)\n", series, len(series), cap(series))
	fmt.Printf("Type of series: %T\n", series)

	for _, k := range []int{10, 50, 90, 93} {
		fmt.Printf("F(%d) = %d\n", k, nthFib(k))
	}

	// sum of even-valued terms below four million
	sum := 0
	for a, b := 1, 2; a < 4000000; a, b = b, a+b {
		if a%2 == 0 {
			sum += a
		}
	}
	fmt.Println("Sum of even Fibonacci numbers below 4 million:", sum)
}
