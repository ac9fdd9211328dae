// sync.WaitGroup.Go (Go 1.25): partial sums computed by goroutines it
// starts, which runtime.NumGoroutine counts while they wait.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	wg sync.WaitGroup
	n  int
}

func main() {
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for w := range 4 {
		wg.Go(func() {
			for _, n := range nums[w*25 : (w+1)*25] {
				sums[w] += n
			}
		})
	}
	wg.Wait()
	fmt.Println(sums)

	release := make(chan struct{})
	started := make(chan bool)
	c := &counter{}
	for range 3 {
		c.wg.Go(func() {
			started <- true
			<-release
			c.mu.Lock()
			c.n++
			c.mu.Unlock()
		})
	}
	for range 3 {
		<-started
	}
	fmt.Println("waiting:", runtime.NumGoroutine())
	close(release)
	c.wg.Wait()
	fmt.Println("count:", c.n)
}
