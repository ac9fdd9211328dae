package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		results <- fmt.Sprintf("job %d done by a worker (squared %d)", j, j*j)
	}
	_ = id
}

func main() {
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan string, numJobs)

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(w, jobs, results)
		}()
	}

	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	wg.Wait()
	close(results)

	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	var ids []int
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			ids = append(ids, i)
			mu.Unlock()
		}()
	}
	wg2.Wait()
	sort.Ints(ids)
	fmt.Println("workers seen:", ids)
}
