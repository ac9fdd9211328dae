package main

import (
	"fmt"
	"sync"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type readOp struct {
	key  int
	resp chan int
}
type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	c := Container{
		counters: map[string]int{"a": 0, "b": 0},
	}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters)

	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		var state = make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			}
		}
	}()
	var wg2 sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := 0; k < 5; k++ {
				write := writeOp{key: k, val: w, resp: make(chan bool)}
				writes <- write
				<-write.resp
			}
		}()
	}
	wg2.Wait()
	for k := 0; k < 5; k++ {
		read := readOp{key: k, resp: make(chan int)}
		reads <- read
		fmt.Println("key", k, "=", <-read.resp)
	}
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
}
