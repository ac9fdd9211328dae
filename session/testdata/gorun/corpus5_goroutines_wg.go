package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	nums := []int{2, 3, 4, 5, 6}
	results := make([]int, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(n)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)

	type SafeCounter struct {
		mu sync.Mutex
		v  map[string]int
	}
	sc := SafeCounter{v: make(map[string]int)}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc.mu.Lock()
			defer sc.mu.Unlock()
			sc.v["key"]++
		}()
	}
	wg.Wait()
	fmt.Println(sc.v["key"])

	var rw sync.RWMutex
	cache := map[int]string{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			cache[i] = fmt.Sprint("v", i)
			rw.Unlock()
		}(i)
	}
	wg.Wait()
	rw.RLock()
	fmt.Println(len(cache), cache[3])
	rw.RUnlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once") })
	}
	done := make(chan struct{})
	go func() {
		fmt.Println("goroutine ran")
		close(done)
	}()
	<-done
}
