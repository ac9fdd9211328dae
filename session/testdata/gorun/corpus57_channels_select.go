package main

import (
	"errors"
	"fmt"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	Job
	Sum int
	Err error
}

var ErrNegative = errors.New("negative input")

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		if j.N < 0 {
			results <- Result{Job: j, Err: fmt.Errorf("job %d: %w", j.ID, ErrNegative)}
			continue
		}
		s := 0
		for i := 1; i <= j.N; i++ {
			s += i
		}
		results <- Result{Job: j, Sum: s}
	}
}

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	inputs := []int{10, 100, -1, 3, 0}
	for i, n := range inputs {
		jobs <- Job{i, n}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	collected := make([]Result, len(inputs))
	for r := range results {
		collected[r.ID] = r
	}
	for _, r := range collected {
		fmt.Printf("job %d n=%d sum=%d err=%v neg=%t\n", r.ID, r.N, r.Sum, r.Err, errors.Is(r.Err, ErrNegative))
	}
	total := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		total += v
	}
	fmt.Println("pipeline:", total)
	ch := make(chan int, 1)
	for i := range 4 {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			v := <-ch
			fmt.Println("full, took", v)
		}
	}
	done := make(chan struct{})
	var once sync.Once
	for range 3 {
		once.Do(func() { close(done) })
	}
	_, open := <-done
	fmt.Println("done open:", open)
	ch <- 42
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok, len(ch), cap(ch))
	v, ok = <-ch
	fmt.Println(v, ok)
}
