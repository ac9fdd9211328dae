package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(word string) {
	c.mu.Lock()
	c.counts[word]++
	c.mu.Unlock()
}

func (c *Counter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.counts))
	for k, v := range c.counts {
		out[k] = v
	}
	return out
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
	defer s.mu.Unlock()
	s.data[k] = v
}

func main() {
	docs := []string{
		"the cat sat on the mat",
		"the dog ate the cat food",
		"a mat for a cat",
		"go go go",
	}
	c := &Counter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for _, doc := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range strings.Fields(doc) {
				c.Inc(w)
			}
		}()
	}
	wg.Wait()
	snap := c.Snapshot()
	words := make([]string, 0, len(snap))
	for w := range snap {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if snap[words[i]] != snap[words[j]] {
			return snap[words[i]] > snap[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words {
		fmt.Printf("%-5s %d\n", w, snap[w])
	}

	cache := &SafeCache{data: map[int]string{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			cache.Set(n%5, fmt.Sprintf("v%d", n%5))
			cache.Get(n % 3)
		}(i)
	}
	wg2.Wait()
	for k := 0; k < 6; k++ {
		v, ok := cache.Get(k)
		fmt.Println(k, v, ok)
	}

	var once sync.Once
	var initCount int
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			once.Do(func() { initCount++ })
		}()
	}
	wg3.Wait()
	fmt.Println("initialized", initCount, "time(s)")

	results := make([]int, 8)
	var wg4 sync.WaitGroup
	for i := range results {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			results[i] = i * i
		}()
	}
	wg4.Wait()
	fmt.Println(results)
}
