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

// Group dedups concurrent calls with the same key, like x/sync/singleflight.
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
	return c.val, c.err, c.dups > 0
}

func main() {
	var g Group
	var fetches int
	var mu sync.Mutex
	release := make(chan struct{})
	entered := make(chan struct{})

	fetch := func() (string, error) {
		mu.Lock()
		fetches++
		mu.Unlock()
		close(entered)
		<-release // hold the call open until the others have joined
		return "user:42", nil
	}

	var wg sync.WaitGroup
	vals := make([]string, 5)
	wg.Add(1)
	go func() {
		defer wg.Done()
		vals[0], _, _ = g.Do("u42", fetch)
	}()
	<-entered
	for i := 1; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vals[i], _, _ = g.Do("u42", func() (string, error) { return "second", nil })
		}()
	}
	// Wait until all four followers are registered as duplicates.
	for {
		g.mu.Lock()
		n := g.m["u42"].dups
		g.mu.Unlock()
		if n == 4 {
			break
		}
		runtime.Gosched()
	}
	close(release)
	wg.Wait()
	fmt.Println("fetches:", fetches)
	fmt.Println("values:", vals)

	v, err, shared := g.Do("other", func() (string, error) { return "", fmt.Errorf("not found") })
	fmt.Printf("%q %v %v\n", v, err, shared)
}
