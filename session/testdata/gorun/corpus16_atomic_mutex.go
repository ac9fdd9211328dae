package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
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

type SafeCounter struct {
	sync.RWMutex
	v map[string]int
}

func (s *SafeCounter) Value(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.v[k]
}

func main() {
	var ops atomic.Uint64
	var old int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 100; c++ {
				ops.Add(1)
				atomic.AddInt64(&old, 2)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), "old:", atomic.LoadInt64(&old))

	c := Container{counters: map[string]int{"a": 0, "b": 0}}
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
	keys := make([]string, 0)
	for k := range c.counters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c.counters[k])
	}
	fmt.Println(c.counters)

	sc := SafeCounter{v: map[string]int{}}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(key string) {
			defer wg.Done()
			sc.Lock()
			sc.v[key]++
			sc.Unlock()
		}([]string{"x", "y"}[i%2])
	}
	wg.Wait()
	fmt.Println(sc.Value("x"), sc.Value("y"), sc.Value("z"))

	var once sync.Once
	calls := 0
	for range 3 {
		once.Do(func() { calls++ })
	}
	var flag atomic.Bool
	fmt.Println(calls, flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))
}
