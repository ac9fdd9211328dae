package main

import (
	"fmt"
	"runtime"
	"sync"
)

type call struct {
	wg   sync.WaitGroup
	val  string
	err  error
	dups int
}

type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := new(call)
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	c.val, c.err = fn()
	c.wg.Done()

	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, c.err, false
}

func main() {
	var g Group
	release := make(chan struct{})
	started := make(chan struct{})
	calls := 0

	var wg sync.WaitGroup
	wg.Add(1)
	var first string
	go func() {
		defer wg.Done()
		first, _, _ = g.Do("user:1", func() (string, error) {
			calls++
			close(started)
			<-release
			return "Ada", nil
		})
	}()
	<-started

	shared := make([]bool, 3)
	vals := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			vals[i], _, shared[i] = g.Do("user:1", func() (string, error) {
				calls++
				return "other", nil
			})
		}(i)
	}
	for {
		g.mu.Lock()
		n := g.m["user:1"].dups
		g.mu.Unlock()
		if n == 3 {
			break
		}
		runtime.Gosched()
	}
	close(release)
	wg.Wait()
	fmt.Println("first:", first, "calls:", calls)
	fmt.Println("vals:", vals, "shared:", shared)
}
