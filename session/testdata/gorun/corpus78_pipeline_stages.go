package main

import (
	"fmt"
	"sync"
)

// A pipeline: generate -> square -> filter, fanned out over workers and
// merged, then collected in order by index.

type item struct {
	idx, val int
}

func generate(n int) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for i := range n {
			out <- item{i, i + 1}
		}
	}()
	return out
}

func square(in <-chan item) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for it := range in {
			out <- item{it.idx, it.val * it.val}
		}
	}()
	return out
}

func merge(cs ...<-chan item) <-chan item {
	var wg sync.WaitGroup
	out := make(chan item, 4)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan item) {
			defer wg.Done()
			for it := range c {
				out <- it
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	src := generate(12)
	workers := make([]<-chan item, 3)
	for i := range workers {
		workers[i] = square(src)
	}
	results := make([]int, 12)
	sum := 0
	for it := range merge(workers...) {
		results[it.idx] = it.val
		sum += it.val
	}
	fmt.Println(results)
	fmt.Println("sum of squares:", sum)

	done := make(chan struct{})
	nums := make(chan int)
	var mu sync.Mutex
	seen := map[int]bool{}
	go func() {
		defer close(done)
		for n := range nums {
			mu.Lock()
			seen[n%5] = true
			mu.Unlock()
		}
	}()
	for i := range 20 {
		nums <- i
	}
	close(nums)
	<-done
	fmt.Println(len(seen), seen)

	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	total := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			total[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(total, cap(sem))
}
