package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Upper  string
	Vowels int
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Upper: strings.ToUpper(j.Text), Vowels: countVowels(j.Text)}
	}
}

func generate(texts ...string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- Job{ID: i + 1, Text: t}
		}
	}()
	return out
}

func main() {
	jobs := generate("concurrency", "is not", "parallelism", "channels", "orchestrate", "mutexes", "serialize")
	results := make(chan Result)
	var wg sync.WaitGroup
	const numWorkers = 3
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("job %d: %-12s vowels=%d\n", r.JobID, r.Upper, r.Vowels)
		total += r.Vowels
	}
	fmt.Println("jobs:", len(all), "total vowels:", total, "workers<=3:", len(workersUsed) <= numWorkers)
}
