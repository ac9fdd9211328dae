package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id  int
	url string
}

type outcome struct {
	worker int
	job    job
	ok     bool
}

func main() {
	jobs := make(chan job)
	results := make(chan outcome)
	check := func(url string) bool { return len(url)%2 == 0 }

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- outcome{worker: w, job: j, ok: check(j.url)}
			}
		}()
	}

	urls := []string{"a.com", "bb.com", "ccc.org", "dddd.net", "e.io", "ff.io"}
	go func() {
		for i, u := range urls {
			jobs <- job{i, u}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []outcome
	workersSeen := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersSeen[r.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job.id < all[j].job.id })
	for _, r := range all {
		fmt.Printf("job %d %-8s ok=%v\n", r.job.id, r.job.url, r.ok)
	}
	valid := true
	for w := range workersSeen {
		if w < 1 || w > 3 {
			valid = false
		}
	}
	fmt.Println("worker ids valid:", valid)

	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
