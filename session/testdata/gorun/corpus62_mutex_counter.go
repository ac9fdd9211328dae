package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.v[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type Stats struct {
	sync.RWMutex
	hits map[string]int
}

func (s *Stats) Get(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.hits[k]
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	keys := []string{"alpha", "beta", "gamma"}
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc(keys[i%len(keys)])
		}(i)
	}
	wg.Wait()
	for _, k := range keys {
		fmt.Println(k, c.Value(k))
	}

	s := &Stats{hits: map[string]int{}}
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Lock()
			s.hits[fmt.Sprint("page", i%4)]++
			s.Unlock()
		}()
	}
	wg.Wait()
	names := make([]string, 0, len(s.hits))
	for k := range s.hits {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s=%d ", k, s.Get(k))
	}
	fmt.Println()
}
