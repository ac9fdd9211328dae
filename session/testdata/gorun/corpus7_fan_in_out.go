package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	worker int
	input  int
	output int
}

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func worker(id int, jobs <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for j := range jobs {
			out <- result{worker: id, input: j, output: j * 10}
		}
	}()
	return out
}

func merge(chans ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	merged := make(chan result)
	output := func(c <-chan result) {
		defer wg.Done()
		for r := range c {
			merged <- r
		}
	}
	wg.Add(len(chans))
	for _, c := range chans {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(merged)
	}()
	return merged
}

func main() {
	jobs := producer(12)
	var workers []<-chan result
	for i := 0; i < 3; i++ {
		workers = append(workers, worker(i, jobs))
	}
	var results []result
	perWorker := map[int]int{}
	for r := range merge(workers...) {
		results = append(results, r)
		perWorker[r.worker]++
	}
	sort.Slice(results, func(i, j int) bool { return results[i].input < results[j].input })
	total := 0
	for _, r := range results {
		fmt.Printf("%d->%d ", r.input, r.output)
		total += r.output
	}
	fmt.Println()
	done := 0
	for _, n := range perWorker {
		done += n
	}
	fmt.Println("results:", len(results), "total:", total, "counted:", done)
}
