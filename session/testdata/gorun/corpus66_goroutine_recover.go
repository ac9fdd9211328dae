package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

func work(id int) int {
	if id%3 == 0 {
		panic(fmt.Sprintf("worker %d exploded", id))
	}
	return id * id
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var results []result
	for i := 1; i <= 7; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					results = append(results, result{id: i, err: fmt.Errorf("panic: %v", r)})
					mu.Unlock()
				}
			}()
			v := work(i)
			mu.Lock()
			results = append(results, result{id: i, val: v})
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(results, func(a, b int) bool { return results[a].id < results[b].id })
	failed := 0
	for _, r := range results {
		if r.err != nil {
			failed++
			fmt.Printf("job %d: %v\n", r.id, r.err)
		} else {
			fmt.Printf("job %d: %d\n", r.id, r.val)
		}
	}
	fmt.Println("failed:", failed, "of", len(results))
}
