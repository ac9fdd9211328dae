// Sum a slice with goroutines and channels
package main

import (
	"fmt"
	"sync"
)

func sum(nums []int, ch chan<- int) {
	total := 0
	for _, n := range nums {
		total += n
	}
	ch <- total
}

type partial struct {
	index int
	sum   int
}

func main() {
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}

	ch := make(chan int)
	go sum(nums[:len(nums)/2], ch)
	go sum(nums[len(nums)/2:], ch)
	x, y := <-ch, <-ch
	fmt.Println("total:", x+y, "halves equal?", x == y)

	// split into N chunks, collect results with index
	const workers = 4
	results := make(chan partial, workers)
	chunk := len(nums) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for _, n := range nums[w*chunk : (w+1)*chunk] {
				s += n
			}
			results <- partial{w, s}
		}()
	}
	wg.Wait()
	close(results)

	sums := make([]int, workers)
	for p := range results {
		sums[p.index] = p.sum
	}
	total := 0
	for i, s := range sums {
		fmt.Printf("worker %d: %d\n", i, s)
		total += s
	}
	fmt.Println("total:", total)

	// squares pipeline
	gen := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			for i := 1; i <= n; i++ {
				out <- i
			}
			close(out)
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * v
			}
		}()
		return out
	}
	acc := 0
	for v := range sq(gen(10)) {
		acc += v
	}
	fmt.Println("sum of squares:", acc)

	var mu sync.Mutex
	counter := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			counter += n
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("counter:", counter)
}
