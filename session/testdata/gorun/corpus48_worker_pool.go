package main

import (
	"fmt"
	"sync"
)

type result struct {
	worker, job, out int
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{w + 1, j, j * 2}
			}
		}()
	}
	go func() {
		for j := range 6 {
			jobs <- j + 1
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	byJob := make([]int, 7)
	workers := map[int]bool{}
	for r := range results {
		byJob[r.job] = r.out
		if r.worker < 1 || r.worker > 3 {
			fmt.Println("bad worker id", r.worker)
		}
		workers[r.worker] = true
	}
	fmt.Println(byJob[1:])
}
