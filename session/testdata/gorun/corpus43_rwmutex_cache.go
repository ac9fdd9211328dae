package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	hits   int
	misses int
	statMu sync.Mutex
}

func NewCache() *Cache {
	return &Cache{data: make(map[string]string)}
}

func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	c.statMu.Lock()
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	c.statMu.Unlock()
	return v, ok
}

func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	c := NewCache()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i), fmt.Sprintf("v%d", i*i))
		}(i)
	}
	wg.Wait()

	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Get(fmt.Sprintf("k%d", i))
		}(i)
	}
	wg.Wait()

	fmt.Println("keys:", c.Keys())
	v, ok := c.Get("k3")
	fmt.Println("k3:", v, ok)
	fmt.Println("hits:", c.hits, "misses:", c.misses)
}
