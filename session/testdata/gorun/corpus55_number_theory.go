package main

import (
	"fmt"
	"math"
	"slices"
)

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

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

func powMod(base, exp, mod int) int {
	result := 1
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

func isPerfect(n int) bool {
	sum := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			sum += d
			if d != n/d {
				sum += n / d
			}
		}
	}
	return n > 1 && sum == n
}

func main() {
	fmt.Println("gcd(48,18) =", gcd(48, 18), "lcm(4,6) =", lcm(4, 6))
	l := 1
	for i := range 20 {
		l = lcm(l, i+1)
	}
	fmt.Println("lcm(1..20) =", l)
	ps := sieve(100)
	fmt.Println(len(ps), "primes <= 100, last", ps[len(ps)-1])
	fmt.Println(ps[:10])

	for _, n := range []int{360, 97, 1001, 1 << 10} {
		f := factorize(n)
		keys := make([]int, 0, len(f))
		for k := range f {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		fmt.Printf("%d =", n)
		for i, k := range keys {
			if i > 0 {
				fmt.Print(" *")
			}
			fmt.Printf(" %d^%d", k, f[k])
		}
		fmt.Println()
	}
	fmt.Println("2^100 mod 1e9+7 =", powMod(2, 100, 1_000_000_007))
	var perfect []int
	for n := range 10000 {
		if isPerfect(n) {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
	fmt.Printf("sqrt(2)=%.6f hypot=%.1f inf=%v nan=%v\n", math.Sqrt2, math.Hypot(3, 4), math.Inf(1), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
}
