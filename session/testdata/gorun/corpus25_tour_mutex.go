package main

import (
	"fmt"
	"sync"
)

// SafeCounter is safe to use concurrently.
type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

// Inc increments the counter for the given key.
func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	// Lock so only one goroutine at a time can access the map c.v.
	c.v[key]++
	c.mu.Unlock()
}

// Value returns the current value of the counter for the given key.
func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	// Lock so only one goroutine at a time can access the map c.v.
	defer c.mu.Unlock()
	return c.v[key]
}

type Stats struct {
	sync.RWMutex
	hits int
}

func (s *Stats) Hit() {
	s.Lock()
	defer s.Unlock()
	s.hits++
}

func (s *Stats) Hits() int {
	s.RLock()
	defer s.RUnlock()
	return s.hits
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"))

	var st Stats
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			for j := 0; j < n%3+1; j++ {
				st.Hit()
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(st.Hits())
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("only once") })
	}
}
