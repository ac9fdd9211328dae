package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, worker, out int
}

func main() {
	jobs := make(chan int)
	results := make(chan result)

	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for j := range jobs {
				results <- result{j, w + 1, j * j}
			}
		})
	}

	go func() {
		for j := range 9 {
			jobs <- j + 1
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	out := make([]int, 10)
	workers := map[int]bool{}
	for r := range results {
		out[r.job] = r.out
		workers[r.worker] = true
	}
	fmt.Println(out[1:])
	fmt.Println("workers valid:", len(workers) >= 1 && len(workers) <= 3)
	total := 0
	for _, v := range out {
		total += v
	}
	fmt.Println("total:", total)
}
