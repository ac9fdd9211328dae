package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	id       int
	randomno int
}

type Result struct {
	job         Job
	sumofdigits int
	worker      int
}

func digits(number int) int {
	sum := 0
	no := number
	for no != 0 {
		digit := no % 10
		sum += digit
		no /= 10
	}
	return sum
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range jobs {
		results <- Result{job, digits(job.randomno), id}
	}
}

func createWorkerPool(noOfWorkers int, jobs chan Job, results chan Result) {
	var wg sync.WaitGroup
	for i := 0; i < noOfWorkers; i++ {
		wg.Add(1)
		go worker(i, jobs, results, &wg)
	}
	wg.Wait()
	close(results)
}

func allocate(noOfJobs int, jobs chan Job) {
	for i := 0; i < noOfJobs; i++ {
		randomno := (i*7919 + 13) % 998
		jobs <- Job{i, randomno}
	}
	close(jobs)
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	noOfJobs := 20
	go allocate(noOfJobs, jobs)
	done := make(chan []Result)
	go func() {
		var all []Result
		for r := range results {
			all = append(all, r)
		}
		done <- all
	}()
	createWorkerPool(4, jobs, results)
	all := <-done
	sort.Slice(all, func(i, j int) bool { return all[i].job.id < all[j].job.id })
	workers := map[int]bool{}
	for _, r := range all {
		fmt.Printf("Job id %d, input random no %d , sum of digits %d\n", r.job.id, r.job.randomno, r.sumofdigits)
		workers[r.worker] = true
	}
	fmt.Println("results:", len(all), "workers used <= 4:", len(workers) <= 4)
}
