package main

import (
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	data  map[K]V
	hits  int
	miss  int
	loadF func(K) (V, error)
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), loadF: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v, nil
	}
	c.miss++
	v, err := c.loadF(k)
	if err != nil {
		var zero V
		return zero, err
	}
	c.data[k] = v
	return v, nil
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits, c.miss, len(c.data))
}

func main() {
	calls := 0
	fib := NewCache(func(n int) (int, error) {
		calls++
		if n < 0 {
			return 0, fmt.Errorf("negative input %d", n)
		}
		a, b := 0, 1
		for i := 0; i < n; i++ {
			a, b = b, a+b
		}
		return a, nil
	})
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := fib.Get(30)
			results[i] = v
		}()
	}
	wg.Wait()
	fmt.Println(results, calls)
	v, err := fib.Get(-2)
	fmt.Println(v, err)
	fmt.Println(fib.Stats())
	lengths := NewCache(func(s string) (int, error) { return len(s), nil })
	lengths.Get("hello")
	n, _ := lengths.Get("hello")
	fmt.Println(n, lengths.Stats())
}
