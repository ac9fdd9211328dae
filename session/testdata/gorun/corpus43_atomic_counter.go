package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int64
	bytes    atomic.Uint64
	up       atomic.Bool
}

func main() {
	var s Stats
	s.up.Store(true)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.requests.Add(1)
			if i%7 == 0 {
				s.errors.Add(1)
			}
			s.bytes.Add(uint64(i))
		}(i)
	}
	wg.Wait()

	fmt.Println("requests:", s.requests.Load())
	fmt.Println("errors:", s.errors.Load())
	fmt.Println("bytes:", s.bytes.Load())
	fmt.Println("up:", s.up.Load())

	old := s.requests.Swap(0)
	fmt.Println("swapped out:", old, "now:", s.requests.Load())
	fmt.Println("cas ok:", s.errors.CompareAndSwap(8, 100), s.errors.Load())
	fmt.Println("cas fail:", s.errors.CompareAndSwap(8, 1), s.errors.Load())

	// The older function-style API.
	var legacy int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&legacy, 3)
		}()
	}
	wg.Wait()
	fmt.Println("legacy:", atomic.LoadInt64(&legacy))
}
