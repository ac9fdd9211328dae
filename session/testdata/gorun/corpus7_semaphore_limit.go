package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	const limit = 3
	sem := make(Semaphore, limit)
	var running, peak int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := make([]bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			now := atomic.AddInt32(&running, 1)
			mu.Lock()
			if now > peak {
				peak = now
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&running, -1)
			finished[id] = true
		}(i)
	}
	wg.Wait()
	count := 0
	for _, f := range finished {
		if f {
			count++
		}
	}
	fmt.Println("finished:", count)
	fmt.Println("peak within limit:", peak <= limit, "peak > 0:", peak > 0)

	// A token bucket: a burst of three, then one token per tick.
	bucket := make(chan int, 3)
	for i := 0; i < 3; i++ {
		bucket <- i
	}
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	go func() {
		for i := 3; i < 6; i++ {
			<-ticker.C
			bucket <- i
		}
	}()
	for req := 1; req <= 6; req++ {
		tok := <-bucket
		fmt.Printf("request %d served with token %d\n", req, tok)
	}
	fmt.Println("semaphore empty:", len(sem) == 0, "capacity:", cap(sem))
}
