package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("squares:", seen)

	results := make(chan string, 3)
	for _, job := range []string{"build", "test", "deploy"} {
		go func() { results <- "done " + job }()
	}
	var out []string
	for range 3 {
		out = append(out, <-results)
	}
	sort.Strings(out)
	for _, o := range out {
		fmt.Println(o)
	}
}
