package main

import (
	"fmt"
	"math"
)

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

func gen(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), p)
	fmt.Println(isPrime(97), isPrime(91), isPrime(1), isPrime(7919))
	fmt.Println(factorize(360), factorize(97), factorize(1001))

	ch := make(chan int)
	go gen(ch)
	for i := 0; i < 10; i++ {
		prime := <-ch
		fmt.Print(prime, " ")
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println()

	count := 0
	for n := 2; count < 5; n++ {
		if isPrime(n) && isPrime(n+2) {
			fmt.Printf("(%d,%d) ", n, n+2)
			count++
		}
	}
	fmt.Println()
	fmt.Println(gcd(48, 18), gcd(17, 5), 48*18/gcd(48, 18))
	big := sieve(100000)
	fmt.Println(len(big), big[len(big)-1])
	sum := 0
	for _, q := range big[:1000] {
		sum += q
	}
	fmt.Println("sum of first 1000 primes:", sum)
	perfect := []int{}
	for n := 2; n < 10000; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
}
