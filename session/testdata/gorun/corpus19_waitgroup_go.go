package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var total atomic.Int64
	results := make([]string, 5)
	for i := range 5 {
		wg.Go(func() {
			total.Add(int64(i * i))
			results[i] = fmt.Sprintf("task-%d done", i)
		})
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("sum of squares:", total.Load())

	jobs := make(chan int)
	out := make(chan int, 100)
	var workers sync.WaitGroup
	for range 3 {
		workers.Go(func() {
			for j := range jobs {
				out <- j * 10
			}
		})
	}
	for j := range 10 {
		jobs <- j
	}
	close(jobs)
	workers.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("pool sum:", sum)

	var flag atomic.Bool
	var cnt atomic.Int32
	var wg2 sync.WaitGroup
	for range 4 {
		wg2.Go(func() {
			if flag.CompareAndSwap(false, true) {
				cnt.Add(1)
			}
		})
	}
	wg2.Wait()
	fmt.Println("winners:", cnt.Load(), flag.Load())
}
