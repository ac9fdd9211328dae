package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("worker %d did job %d", id, j)
	}
}

func main() {
	var wg sync.WaitGroup
	seen := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(seen)

	var mu sync.Mutex
	names := map[string]bool{}
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			names[name] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(names), names["a"], names["b"], names["c"])

	jobs := make(chan int)
	results := make(chan string, 10)
	var pool sync.WaitGroup
	for w := 1; w <= 1; w++ {
		pool.Add(1)
		go worker(w, jobs, results, &pool)
	}
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	pool.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}

	// Each goroutine waits for the one before it, so the order is Go's.
	done := make([]chan bool, 3)
	for i := range done {
		done[i] = make(chan bool)
	}
	lines := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() {
			if i > 0 {
				<-done[i-1]
			}
			lines <- fmt.Sprint("Worker ", i)
			close(done[i])
		}()
	}
	<-done[2]
	close(lines)
	for l := range lines {
		fmt.Println(l)
	}
}
