package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id int, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("p%d-item%d", id, i)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	output := func(c <-chan string) {
		for s := range c {
			out <- s
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var results []string
	for s := range merge(producer(1, 3), producer(2, 2), producer(3, 4)) {
		results = append(results, s)
	}
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("total:", len(results))
}
