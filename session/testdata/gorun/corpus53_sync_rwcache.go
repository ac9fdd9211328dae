package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu    sync.RWMutex
	items map[string]int
	hits  atomic.Int64
	miss  atomic.Int64
}

func NewCache() *Cache { return &Cache{items: map[string]int{}} }

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[k]
	if ok {
		c.hits.Add(1)
	} else {
		c.miss.Add(1)
	}
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.items[k] = v
	c.mu.Unlock()
}

func main() {
	c := NewCache()
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%02d", n%5), n%5*10)
		}(i)
	}
	wg.Wait()

	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get(fmt.Sprintf("k%02d", i))
		}()
	}
	wg.Wait()
	fmt.Println("hits", c.hits.Load(), "misses", c.miss.Load())

	keys := make([]string, 0)
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := c.Get(k)
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	var total atomic.Int32
	var mu sync.Mutex
	seen := []int{}
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total.Add(int32(i))
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(total.Load(), seen)
}
