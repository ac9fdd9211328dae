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
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("key")
			if i%5 == 0 {
				c.Inc("fives")
			}
		}()
	}
	wg.Wait()
	fmt.Println("key:", c.Value("key"), "fives:", c.Value("fives"))

	var mu sync.Mutex
	results := []int{}
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sq := id * id
			mu.Lock()
			results = append(results, sq)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	sort.Ints(results)
	fmt.Println("squares:", results)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once, i =", i) })
	}

	var rw sync.RWMutex
	cache := map[int]string{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.Lock()
			cache[i] = fmt.Sprint("v", i)
			rw.Unlock()
		}()
	}
	wg.Wait()
	rw.RLock()
	keys := make([]int, 0, len(cache))
	for k := range cache {
		keys = append(keys, k)
	}
	rw.RUnlock()
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%d=%s ", k, cache[k])
	}
	fmt.Println()
}
