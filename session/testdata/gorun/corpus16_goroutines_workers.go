package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, worker, out int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, id, j * j}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	sum := 0
	for _, r := range all {
		sum += r.out
		fmt.Println("job", r.job, "->", r.out)
	}
	fmt.Println("sum", sum)

	// fan-in with per-iteration loop variables
	var mu sync.Mutex
	seen := make([]int, 0, 5)
	var wg2 sync.WaitGroup
	for i := range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			seen = append(seen, i*10)
			mu.Unlock()
		}()
	}
	wg2.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	done := make(chan struct{})
	msgs := make(chan string)
	go func() {
		for _, m := range []string{"ping", "pong", "ping"} {
			msgs <- m
		}
		close(done)
	}()
	for {
		select {
		case m := <-msgs:
			fmt.Println("got", m)
			continue
		case <-done:
		}
		break
	}
	fmt.Println("done")
}
