package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func fibonacci(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := range 1000 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
			if i%2 == 0 {
				c.Inc("even")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"), c.Value("even"))

	ch := make(chan int)
	quit := make(chan int)
	go func() {
		for range 10 {
			fmt.Print(<-ch, " ")
		}
		fmt.Println()
		quit <- 0
	}()
	fibonacci(ch, quit)

	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks", n)
}
