package main

import (
	"fmt"
	"slices"
	"sync"
)

type job struct {
	id int
	n  int
}

type res struct {
	job    job
	worker int
	sq     int
}

func main() {
	jobs := make(chan job)
	results := make(chan res)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- res{j, w, j.n * j.n}
			}
		}()
	}
	go func() {
		for i := range 6 {
			jobs <- job{i, i + 10}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []res
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.worker] = true
	}
	slices.SortFunc(all, func(a, b res) int { return a.job.id - b.job.id })
	for _, r := range all {
		fmt.Printf("job %d: %d^2 = %d\n", r.job.id, r.job.n, r.sq)
	}
	ok := true
	for w := range workers {
		if w < 1 || w > 3 {
			ok = false
		}
	}
	fmt.Println("workers in range:", ok)

	var mu sync.Mutex
	seen := []int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg2.Wait()
	slices.Sort(seen)
	fmt.Println(seen)
}
