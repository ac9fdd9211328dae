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
	Words  int
	Upper  string
}

func generate(texts []string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- Job{ID: i, Text: t}
		}
	}()
	return out
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text)}
	}
}

func main() {
	texts := []string{
		"go is fun", "channels connect goroutines", "select waits",
		"a b c d e", "hello", "mutexes guard state", "", "one two three four",
	}
	jobs := generate(texts)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		total += r.Words
		fmt.Printf("job %d: %d words %q\n", r.JobID, r.Words, r.Upper)
	}
	fmt.Println("total words:", total, "results:", len(all), "workers used <= 3:", len(workers) <= 3)

	// fan-in squares with a semaphore
	var mu sync.Mutex
	squares := make(map[int]int)
	sem := make(chan struct{}, 2)
	var wg2 sync.WaitGroup
	for i := 1; i <= 6; i++ {
		wg2.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg2.Done()
			defer func() { <-sem }()
			mu.Lock()
			squares[i] = i * i
			mu.Unlock()
		}()
	}
	wg2.Wait()
	keys := make([]int, 0, len(squares))
	for k := range squares {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, ":", squares[k], " ")
	}
	fmt.Println()
	stage := func(in <-chan int, f func(int) int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
	src := make(chan int)
	go func() {
		for i := range 5 {
			src <- i
		}
		close(src)
	}()
	for v := range stage(stage(src, func(x int) int { return x + 1 }), func(x int) int { return x * 10 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
