package main

import (
	"fmt"
	"sync"
)

var x = 0

func increment(wg *sync.WaitGroup, m *sync.Mutex) {
	m.Lock()
	x = x + 1
	m.Unlock()
	wg.Done()
}

func incrementCh(wg *sync.WaitGroup, ch chan bool) {
	ch <- true
	x = x + 1
	<-ch
	wg.Done()
}

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.v[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type Stats struct {
	sync.RWMutex
	hits int
}

func main() {
	var w sync.WaitGroup
	var m sync.Mutex
	for i := 0; i < 1000; i++ {
		w.Add(1)
		go increment(&w, &m)
	}
	w.Wait()
	fmt.Println("final value of x", x)

	x = 0
	ch := make(chan bool, 1)
	for i := 0; i < 500; i++ {
		w.Add(1)
		go incrementCh(&w, ch)
	}
	w.Wait()
	fmt.Println("final value of x with channel", x)

	c := SafeCounter{v: make(map[string]int)}
	for i := 0; i < 200; i++ {
		w.Add(1)
		go func() {
			defer w.Done()
			c.Inc("somekey")
		}()
	}
	w.Wait()
	fmt.Println(c.Value("somekey"))

	var s Stats
	for i := 0; i < 50; i++ {
		w.Add(1)
		go func() {
			defer w.Done()
			s.Lock()
			s.hits++
			s.Unlock()
		}()
	}
	w.Wait()
	s.RLock()
	fmt.Println("hits", s.hits)
	s.RUnlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("initialised once, i =", i) })
	}
}
