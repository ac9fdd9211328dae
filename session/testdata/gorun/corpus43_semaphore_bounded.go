package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	var active, peak atomic.Int32
	results := make([]int, 10)

	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()

			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			results[i] = i * i
			active.Add(-1)
		}()
	}
	wg.Wait()

	fmt.Println("results:", results)
	fmt.Println("peak within limit:", peak.Load() <= limit)
	fmt.Println("active at end:", active.Load())
	fmt.Println("sem len:", len(sem), "cap:", cap(sem))
}
