package main

import (
	"fmt"
	"sync"
)

var calls int

var primes = sync.OnceValue(func() []int {
	calls++
	const limit = 50
	sieve := make([]bool, limit+1)
	var ps []int
	for i := 2; i <= limit; i++ {
		if !sieve[i] {
			ps = append(ps, i)
			for j := i * i; j <= limit; j += i {
				sieve[j] = true
			}
		}
	}
	return ps
})

var config = sync.OnceValues(func() (map[string]string, error) {
	return map[string]string{"mode": "fast", "level": "3"}, nil
})

func memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	var mu sync.Mutex
	return func(k K) V {
		mu.Lock()
		v, ok := cache[k]
		mu.Unlock()
		if ok {
			return v
		}
		v = f(k)
		mu.Lock()
		cache[k] = v
		mu.Unlock()
		return v
	}
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = len(primes())
		}()
	}
	wg.Wait()
	fmt.Println("results:", results, "calls:", calls)
	fmt.Println("primes:", primes())

	cfg, err := config()
	fmt.Println(cfg["mode"], cfg["level"], err)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}

	var fib func(int) int
	fib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(80) =", fib(80))

	square := sync.OnceFunc(func() { fmt.Println("OnceFunc ran") })
	square()
	square()
}
