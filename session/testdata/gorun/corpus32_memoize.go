package main

import "fmt"

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := make(map[K]V)
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

type key struct {
	a, b int
}

func main() {
	var fib func(int) int
	var count func() int
	fib, count = Memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), count())
	fmt.Println(fib(30), count())

	gcd, gcount := Memoize(func(k key) int {
		a, b := k.a, k.b
		for b != 0 {
			a, b = b, a%b
		}
		return a
	})
	fmt.Println(gcd(key{48, 18}), gcd(key{48, 18}), gcd(key{7, 3}), gcount())

	upper, _ := Memoize(func(s string) []rune {
		r := []rune(s)
		for i, c := range r {
			if c >= 'a' && c <= 'z' {
				r[i] = c - 32
			}
		}
		return r
	})
	fmt.Println(string(upper("héllo")))
}
