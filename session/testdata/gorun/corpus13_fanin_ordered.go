package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for n := range c {
				out <- n
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type result struct {
	index int
	value string
}

func orderedMap(items []string, workers int, f func(string) string) []string {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result{i, f(items[i])}
			}
		}()
	}
	go func() {
		for i := range items {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]string, len(items))
	for r := range results {
		out[r.index] = r.value
	}
	return out
}

func main() {
	in := generate(1, 2, 3, 4, 5, 6, 7, 8)
	c1 := square(in)
	c2 := square(in)
	c3 := square(in)
	var all []int
	for v := range merge(c1, c2, c3) {
		all = append(all, v)
	}
	sort.Ints(all)
	fmt.Println(all)

	sum := 0
	for v := range square(square(generate(1, 2, 3))) {
		sum += v
	}
	fmt.Println("sum of fourth powers:", sum)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	fmt.Println(orderedMap(words, 3, strings.ToUpper))
	fmt.Println(orderedMap(words, 4, func(s string) string {
		return fmt.Sprintf("%s:%d", s, len(s))
	}))

	done := make(chan struct{})
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	var firstFive []int
	for v := range ch {
		firstFive = append(firstFive, v)
		if len(firstFive) == 5 {
			close(done)
			break
		}
	}
	fmt.Println(firstFive)
}
