package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Output: j.Input * j.Input}
	}
	_ = id
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 9; i++ {
		jobs <- Job{ID: i, Input: i + 1}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %d -> %d\n", r.JobID, r.Output)
	}

	var mu sync.Mutex
	counts := map[int]int{}
	var wg2 sync.WaitGroup
	for i := range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				counts[i]++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println(counts)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("initialized once") })
	}
	sem := make(chan struct{}, 2)
	var total int64
	var tmu sync.Mutex
	var wg3 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg3.Add(1)
		go func(n int) {
			defer wg3.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			tmu.Lock()
			total += int64(n)
			tmu.Unlock()
		}(i)
	}
	wg3.Wait()
	fmt.Println("total:", total)
}
