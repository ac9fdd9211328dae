package main

import (
	"fmt"
	"sync"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type SafeCache struct {
	mu   sync.RWMutex
	data map[int]string
}

func (s *SafeCache) Get(k int) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *SafeCache) Set(k int, v string) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	c := Container{
		counters: map[string]int{"a": 0, "b": 0},
	}

	var wg sync.WaitGroup

	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}

	wg.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)

	wg.Wait()
	fmt.Println(c.counters)

	cache := &SafeCache{data: map[int]string{}}
	var wg2 sync.WaitGroup
	for i := range 4 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			cache.Set(i, fmt.Sprint("v", i))
		}()
	}
	wg2.Wait()
	for i := range 5 {
		v, ok := cache.Get(i)
		fmt.Println(i, v, ok)
	}
}
