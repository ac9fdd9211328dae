package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	ID     int
	Number int
}

type Result struct {
	Job    Job
	Sum    int
	Worker int
}

func digitSum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	time.Sleep(5 * time.Millisecond)
	return s
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range jobs {
		results <- Result{job, digitSum(job.Number), id}
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 12; i++ {
			jobs <- Job{i, 1000 + i*137}
		}
		close(jobs)
	}()
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
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })
	for _, r := range all {
		fmt.Printf("Job %2d: number %d, digit sum %d\n", r.Job.ID, r.Job.Number, r.Sum)
	}
	fmt.Println("results:", len(all), "workers > 0:", len(workersUsed) > 0)

	// ordered stages by sleeping
	var mu sync.Mutex
	var order []string
	var wg2 sync.WaitGroup
	for i, name := range []string{"third", "first", "second"} {
		wg2.Add(1)
		delays := []int{450, 50, 250}
		go func() {
			defer wg2.Done()
			time.Sleep(time.Duration(delays[i]) * time.Millisecond)
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(order)

	// generator pipeline
	gen := func(nums ...int) <-chan int {
		out := make(chan int)
		go func() {
			for _, n := range nums {
				out <- n
			}
			close(out)
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for n := range in {
				out <- n * n
			}
			close(out)
		}()
		return out
	}
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
