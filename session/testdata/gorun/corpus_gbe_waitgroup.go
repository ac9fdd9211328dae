package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i-1] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)
	var mu sync.Mutex
	seen := map[int]bool{}
	var wg2 sync.WaitGroup
	for i := range 4 {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			seen[n] = true
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(len(seen), seen[0], seen[3])
}
