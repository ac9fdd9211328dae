package main

import (
	"fmt"
	"strings"
	"sync"
)

type Result struct {
	URL    string
	Length int
}

func fetch(url string) Result {
	// stand-in for a network call: deterministic work on the string
	return Result{URL: url, Length: len(strings.TrimPrefix(url, "https://"))}
}

func main() {
	urls := []string{
		"https://go.dev",
		"https://pkg.go.dev/slices",
		"https://example.com/a/b/c",
	}

	results := make([]Result, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() {
			results[i] = fetch(u)
		})
	}
	wg.Wait()
	for _, r := range results {
		fmt.Printf("%-30s %d\n", r.URL, r.Length)
	}

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for n := range 100 {
		wg2.Go(func() {
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	wg2.Wait()
	fmt.Println("total:", total)

	ch := make(chan int)
	var producers sync.WaitGroup
	for p := range 3 {
		producers.Go(func() {
			for k := range 2 {
				ch <- p*10 + k
			}
		})
	}
	go func() {
		producers.Wait()
		close(ch)
	}()
	sum, count := 0, 0
	for v := range ch {
		sum += v
		count++
	}
	fmt.Println("received", count, "values, sum", sum)
}
