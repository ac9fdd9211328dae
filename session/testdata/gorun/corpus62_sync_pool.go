package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

var created atomic.Int32

var bufPool = sync.Pool{
	New: func() any {
		created.Add(1)
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	fmt.Fprintf(buf, "%s:", name)
	for i := 0; i < n; i++ {
		buf.WriteByte('*')
	}
	return buf.String()
}

func main() {
	lines := make([]string, 6)
	var wg sync.WaitGroup
	for i := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lines[i] = render(fmt.Sprintf("row%d", i), i+1)
		}()
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
	// The pool may drop items at any time, so only a bound is printed.
	fmt.Println("created at least one:", created.Load() >= 1)
	fmt.Println("created at most six:", created.Load() <= 6)

	var p sync.Pool
	fmt.Println("empty pool without New:", p.Get())
	p.Put("x")
	got := p.Get()
	fmt.Println("got string or nil:", got == "x" || got == nil)
}
