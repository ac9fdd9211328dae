package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		time.Sleep(5 * time.Millisecond)
		results <- fmt.Sprintf("job %d done (x2=%d)", j, j*2)
		_ = id
	}
}

func work(id int) {
	time.Sleep(5 * time.Millisecond)
	_ = id
}

func main() {
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan string, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	var got []string
	for a := 1; a <= numJobs; a++ {
		got = append(got, <-results)
	}
	slices.Sort(got)
	for _, g := range got {
		fmt.Println(g)
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := []int{}
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(i)
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(seen)
	fmt.Println("workers done:", seen)

	var wg2 sync.WaitGroup
	squares := make([]int, 4)
	for i := range squares {
		wg2.Go(func() {
			squares[i] = i * i
		})
	}
	wg2.Wait()
	fmt.Println(squares)
}
