package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu    sync.Mutex
	value int
}

func NewCounter() *Counter { return &Counter{} }

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.value++
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.value
}

func assertCounter(got *Counter, want int) {
	if got.Value() != want {
		fmt.Printf("FAIL got %d want %d\n", got.Value(), want)
		return
	}
	fmt.Println("counter ok:", want)
}

func main() {
	counter := NewCounter()
	counter.Inc()
	counter.Inc()
	counter.Inc()
	assertCounter(counter, 3)

	wantedCount := 1000
	counter = NewCounter()
	var wg sync.WaitGroup
	wg.Add(wantedCount)
	for i := 0; i < wantedCount; i++ {
		go func() {
			counter.Inc()
			wg.Done()
		}()
	}
	wg.Wait()
	assertCounter(counter, wantedCount)

	var wg2 sync.WaitGroup
	c2 := NewCounter()
	for range 50 {
		wg2.Go(func() {
			for range 10 {
				c2.Inc()
			}
		})
	}
	wg2.Wait()
	fmt.Println("wg.Go total:", c2.Value())

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once, at", i) })
	}
}
