package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(5 * time.Millisecond)
	served := 0
	for range requests {
		<-limiter
		served++
	}
	fmt.Println("served", served)

	burstyLimiter := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burstyLimiter <- time.Now()
	}
	go func() {
		for t := range time.Tick(5 * time.Millisecond) {
			burstyLimiter <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	bursty := 0
	for range burstyRequests {
		<-burstyLimiter
		bursty++
	}
	fmt.Println("bursty served", bursty)

	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var n int64
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
}
