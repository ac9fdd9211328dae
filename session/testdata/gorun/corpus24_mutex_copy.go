package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

type Stats struct {
	sync.RWMutex
	hits int
}

func (s *Stats) Hit() {
	s.Lock()
	s.hits++
	s.Unlock()
}

func (s *Stats) Hits() int {
	s.RLock()
	defer s.RUnlock()
	return s.hits
}

func NewCounter() *SafeCounter {
	return &SafeCounter{m: make(map[string]int)}
}

func main() {
	c := NewCounter()
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("total")
			if i%2 == 0 {
				c.Inc("even")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.Value("even"))

	var s Stats
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Hit()
		}()
	}
	wg.Wait()
	fmt.Println("hits:", s.Hits())

	// Passing the struct by pointer shares the lock and the data.
	add := func(sc *SafeCounter, n int) {
		for range n {
			sc.Inc("added")
		}
	}
	add(c, 3)
	fmt.Println(c.Value("added"))

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	vals := sync.Map{}
	vals.Store("k", 1)
	v, ok := vals.Load("k")
	fmt.Println(v, ok)
}
