// Sieve of Eratosthenes in Go
package main

import (
	"fmt"
	"math"
)

func sieve(limit int) []int {
	isComposite := make([]bool, limit+1)
	primes := []int{}
	for i := 2; i <= limit; i++ {
		if !isComposite[i] {
			primes = append(primes, i)
			for j := i * i; j <= limit; j += i {
				isComposite[j] = true
			}
		}
	}
	return primes
}

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

func primeFactors(n int) []int {
	var factors []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			factors = append(factors, p)
			n /= p
		}
	}
	if n > 1 {
		factors = append(factors, n)
	}
	return factors
}

func main() {
	primes := sieve(100)
	fmt.Println("Primes up to 100:", primes)
	fmt.Printf("There are %d primes below 100\n", len(primes))
	fmt.Println("Count below 100000:", len(sieve(100000)))

	for _, n := range []int{1, 2, 17, 21, 97, 7919} {
		fmt.Printf("isPrime(%d) = %t\n", n, isPrime(n))
	}

	for _, n := range []int{60, 84, 97, 360, 9999} {
		fmt.Printf("%d = %v\n", n, primeFactors(n))
	}

	// twin primes
	fmt.Print("Twin primes: ")
	for i := 0; i+1 < len(primes); i++ {
		if primes[i+1]-primes[i] == 2 {
			fmt.Printf("(%d,%d) ", primes[i], primes[i+1])
		}
	}
	fmt.Println()
}
