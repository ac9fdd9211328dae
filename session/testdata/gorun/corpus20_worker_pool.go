package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	Job    Job
	Length int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{Job: j, Length: len(j.Input), Worker: id}
	}
}

func main() {
	inputs := []string{"go", "rust", "python", "c", "haskell", "zig", "ocaml"}
	jobs := make(chan Job, len(inputs))
	results := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, in := range inputs {
		jobs <- Job{ID: i, Input: in}
	}
	close(jobs)
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
		fmt.Printf("job %d %-8s len=%d\n", r.Job.ID, r.Job.Input, r.Length)
	}
	fmt.Println("results:", len(all), "some worker used:", len(workersUsed) > 0)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2)

	errc := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func() {
			if i == 1 {
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			errc <- nil
		}()
	}
	var errs []string
	for i := 0; i < 3; i++ {
		if err := <-errc; err != nil {
			errs = append(errs, err.Error())
		}
	}
	fmt.Println(errs)
}
