package main

import (
	"fmt"
	"sync"
)

// A worker that returns early without calling Done: the classic mistake
// tutorials show to explain "all goroutines are asleep".
func worker(id int, wg *sync.WaitGroup, results chan<- string) {
	if id == 2 {
		return // forgot wg.Done()
	}
	defer wg.Done()
	results <- fmt.Sprintf("worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
	}
	fmt.Println("waiting")
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
