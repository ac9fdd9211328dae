package main

import (
	"errors"
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Words int
	Err   error
}

var errEmpty = errors.New("empty text")

func process(j Job) Result {
	if j.Text == "" {
		return Result{JobID: j.ID, Err: fmt.Errorf("job %d: %w", j.ID, errEmpty)}
	}
	words := 1
	for _, r := range j.Text {
		if r == ' ' {
			words++
		}
	}
	return Result{JobID: j.ID, Words: words}
}

func runPool(jobs []Job, size int) []Result {
	in := make(chan Job)
	results := make([]Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < size; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				results[j.ID] = process(j)
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	return results
}

func main() {
	texts := []string{"the quick brown fox", "", "hello world", "go is fun to write", "one"}
	var jobs []Job
	for i, t := range texts {
		jobs = append(jobs, Job{ID: i, Text: t})
	}
	failed := 0
	for _, r := range runPool(jobs, 3) {
		if r.Err != nil {
			failed++
			fmt.Println("error:", r.Err, errors.Is(r.Err, errEmpty))
			continue
		}
		fmt.Printf("job %d: %d words\n", r.JobID, r.Words)
	}
	fmt.Println("failed:", failed)
}
