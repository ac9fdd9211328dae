package main

import (
	"fmt"
	"math"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for i := 2; i <= int(math.Sqrt(float64(n))); i++ {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func sieve(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func primeFactors(n int) []int {
	var f []int
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			f = append(f, d)
			n /= d
		}
	}
	if n > 1 {
		f = append(f, n)
	}
	return f
}

func main() {
	fmt.Print("Primes below 50: ")
	for i := 0; i < 50; i++ {
		if isPrime(i) {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	p := sieve(1000)
	fmt.Println("count below 1000:", len(p), "last:", p[len(p)-1])
	for _, n := range []int{12, 97, 360, 1001, 65536} {
		fmt.Printf("%d = %v\n", n, primeFactors(n))
	}
	twin := 0
	for i := 1; i < len(p); i++ {
		if p[i]-p[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin prime pairs:", twin)
	sum := 0
	for _, v := range p[:10] {
		sum += v
	}
	fmt.Println("sum of first ten:", sum)
}
