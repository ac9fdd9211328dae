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
	var running, peak atomic.Int32
	var mu sync.Mutex
	done := make([]string, 0, 12)

	for i := range 12 {
		wg.Add(1)
		sem <- struct{}{} // acquire before starting, so at most `limit` run at once
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			mu.Lock()
			done = append(done, fmt.Sprintf("job-%02d", i))
			mu.Unlock()
			running.Add(-1)
		}()
	}
	wg.Wait()

	fmt.Println("jobs done:", len(done))
	fmt.Println("peak within limit:", peak.Load() <= limit)
	fmt.Println("sem empty:", len(sem) == 0, "cap:", cap(sem))
}
