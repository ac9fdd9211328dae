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
		_ = id
	}
}

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- []int) {
	var got []int
	for v := range in {
		got = append(got, v*10)
	}
	done <- got
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

	ch := make(chan int)
	done := make(chan []int)
	go producer(5, ch)
	go consumer(ch, done)
	fmt.Println(<-done)

	type pair struct{ k, v int }
	out := make(chan pair)
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			out <- pair{i, i * 3}
		}()
	}
	go func() { wg2.Wait(); close(out) }()
	m := map[int]int{}
	for p := range out {
		m[p.k] = p.v
	}
	fmt.Println(m)
}
