package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var cache sync.Map
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache.Store(fmt.Sprintf("k%d", i), i*i)
		}()
	}
	wg.Wait()
	var keys []string
	cache.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	v, loaded := cache.LoadOrStore("k1", 100)
	fmt.Println(v, loaded)
	prev, swapped := cache.Swap("k2", 200)
	fmt.Println(prev, swapped)
	fmt.Println(cache.CompareAndSwap("k2", 200, 201))

	cache.Clear()
	n := 0
	cache.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after Clear:", n)
	_, ok := cache.Load("k1")
	fmt.Println(ok)
}
