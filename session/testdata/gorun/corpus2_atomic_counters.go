package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	ready  atomic.Bool
	last   atomic.Value
}

func main() {
	var ops atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 500; c++ {
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var s Stats
	s.hits.Add(5)
	s.misses.Add(2)
	s.ready.Store(true)
	s.last.Store("key-42")
	fmt.Println(s.hits.Load(), s.misses.Load(), s.ready.Load(), s.last.Load())

	var old uint64 = 10
	var u atomic.Uint64
	u.Store(old)
	swapped := u.CompareAndSwap(10, 20)
	fmt.Println("swapped:", swapped, u.Load())
	prev := u.Swap(7)
	fmt.Println("prev:", prev, "now:", u.Load())

	var legacy int32
	atomic.AddInt32(&legacy, 3)
	atomic.AddInt32(&legacy, 4)
	fmt.Println("legacy:", atomic.LoadInt32(&legacy))
}
