package main

import (
	"fmt"
	"sync"
)

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	var mu sync.Mutex
	calls := 0
	get := func(k K) V {
		mu.Lock()
		if v, ok := cache[k]; ok {
			mu.Unlock()
			return v
		}
		mu.Unlock()
		v := f(k)
		mu.Lock()
		cache[k] = v
		calls++
		mu.Unlock()
		return v
	}
	return get, func() int { return calls }
}

type key struct {
	a, b int
}

func main() {
	var fib func(int) uint64
	var count func() int
	fib, count = Memoize(func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), fib(90))
	fmt.Println("computed:", count())

	var paths func(key) int
	paths, _ = Memoize(func(k key) int {
		if k.a == 0 || k.b == 0 {
			return 1
		}
		return paths(key{k.a - 1, k.b}) + paths(key{k.a, k.b - 1})
	})
	fmt.Println(paths(key{10, 10}))

	slowSquare, n := Memoize(func(s string) int { return len(s) * len(s) })
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i, w := range []string{"go", "gopher", "go", "gopher"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = slowSquare(w)
		}()
	}
	wg.Wait()
	fmt.Println(results, n() >= 2)
}
