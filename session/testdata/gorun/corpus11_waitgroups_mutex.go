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
	sync.RWMutex
	data map[int]int
}

func (s *SafeCache) Get(k int) (int, bool) {
	s.RLock()
	defer s.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for range n {
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

	cache := &SafeCache{data: map[int]int{}}
	var wg2 sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			cache.Lock()
			cache.data[id] = id * id
			cache.Unlock()
		}(i)
	}
	wg2.Wait()
	v, ok := cache.Get(4)
	fmt.Println(v, ok, len(cache.data))
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	var total int
	var mu sync.Mutex
	var wg3 sync.WaitGroup
	for i := range 100 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg3.Wait()
	fmt.Println("total", total)
}
