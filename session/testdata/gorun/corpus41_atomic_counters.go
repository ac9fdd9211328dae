package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64

	var wg sync.WaitGroup

	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 100; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}

	wg.Wait()

	fmt.Println("ops:", ops.Load())

	var old int64
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&old, 2)
		}()
	}
	wg2.Wait()
	fmt.Println("old style:", atomic.LoadInt64(&old))

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())

	var v atomic.Value
	v.Store("config-v1")
	fmt.Println(v.Load().(string))

	var p atomic.Pointer[string]
	s := "hello"
	p.Store(&s)
	fmt.Println(*p.Load())
}
