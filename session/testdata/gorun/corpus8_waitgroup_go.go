package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	var wg sync.WaitGroup
	results := make([]int, 6)
	for i := range results {
		wg.Go(func() {
			results[i] = square(i + 1)
		})
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for _, n := range []int{5, 10, 15} {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			total += n
		})
	}
	wg2.Wait()
	fmt.Println("total", total)

	ch := make(chan string, 3)
	var wg3 sync.WaitGroup
	for _, w := range []string{"a", "b", "c"} {
		wg3.Go(func() { ch <- "job-" + w })
	}
	go func() {
		wg3.Wait()
		close(ch)
	}()
	got := map[string]bool{}
	for s := range ch {
		got[s] = true
	}
	fmt.Println(len(got), got["job-b"])
}
