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

func worker(id int, in <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for v := range in {
			out <- result{worker: id, input: v, output: v * v * v}
		}
	}()
	return out
}

func merge(cs ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	output := func(c <-chan result) {
		for r := range c {
			out <- r
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := producer(10)
	workers := make([]<-chan result, 3)
	for i := range workers {
		workers[i] = worker(i+1, in)
	}

	var results []result
	for r := range merge(workers...) {
		results = append(results, r)
	}
	// Which worker got which input depends on scheduling, so only inputs and outputs are printed.
	sort.Slice(results, func(i, j int) bool { return results[i].input < results[j].input })
	sum := 0
	for _, r := range results {
		fmt.Printf("%2d^3 = %4d\n", r.input, r.output)
		sum += r.output
	}
	fmt.Println("results:", len(results), "sum:", sum)
}
