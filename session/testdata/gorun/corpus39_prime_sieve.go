package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for d := uint64(2); d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), "primes below 100:")
	for i, p := range ps {
		fmt.Printf("%4d", p)
		if (i+1)%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	fmt.Println("count below 100000:", len(sieve(100000)))
	fmt.Println(isPrime(2147483647), isPrime(1000000007), isPrime(1000000008))
	fmt.Println(factorize(360))
	fmt.Println(factorize(9973))
	fmt.Println(factorize(1 << 20))
	twin := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twin++
		}
	}
	fmt.Printf("twin pairs: %d\n", twin)
}
