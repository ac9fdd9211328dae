package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		time.Sleep(5 * time.Millisecond)
		results <- fmt.Sprintf("worker %d finished job %d -> %d", id, j, j*2)
	}
}

func main() {
	const numJobs = 6
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
	seen := map[int]int{}
	var lines []string
	for r := range results {
		var id, job, out int
		fmt.Sscanf(r, "worker %d finished job %d -> %d", &id, &job, &out)
		seen[id]++
		lines = append(lines, fmt.Sprintf("job %d -> %d", job, out))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	total := 0
	for id, n := range seen {
		if id < 1 || id > 3 {
			fmt.Println("bad worker id", id)
		}
		total += n
	}
	fmt.Println("total", total)
}
