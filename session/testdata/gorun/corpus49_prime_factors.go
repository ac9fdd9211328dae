package main

import (
	"fmt"
	"strings"
)

func primeFactors(n int) []int {
	var fs []int
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			fs = append(fs, d)
			n /= d
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func formatFactors(fs []int) string {
	var parts []string
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && fs[j] == fs[i] {
			j++
		}
		if j-i > 1 {
			parts = append(parts, fmt.Sprintf("%d^%d", fs[i], j-i))
		} else {
			parts = append(parts, fmt.Sprint(fs[i]))
		}
		i = j
	}
	return strings.Join(parts, " x ")
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

func main() {
	for _, n := range []int{2, 12, 60, 97, 360, 1001, 65536, 999983, 600851475143} {
		fs := primeFactors(n)
		fmt.Printf("%d = %s\n", n, formatFactors(fs))
	}
	fmt.Println(sieve(50))
}
