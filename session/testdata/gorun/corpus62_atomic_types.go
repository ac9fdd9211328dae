package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type settings struct {
	Level string
	Max   int
}

func main() {
	var hits atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())

	old := hits.Swap(7)
	fmt.Println("swapped out:", old, "now:", hits.Load())
	fmt.Println("cas 7->8:", hits.CompareAndSwap(7, 8), "cas 7->9:", hits.CompareAndSwap(7, 9), "value:", hits.Load())

	var cur atomic.Pointer[settings]
	fmt.Println("nil at start:", cur.Load() == nil)
	cur.Store(&settings{Level: "info", Max: 10})
	prev := cur.Swap(&settings{Level: "debug", Max: 20})
	fmt.Printf("prev=%+v cur=%+v\n", *prev, *cur.Load())

	var flag atomic.Bool
	fmt.Println("flag:", flag.Load())
	flag.Store(true)
	fmt.Println("flag:", flag.Load())

	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println("value:", v.Load().([]string))

	var u atomic.Uint32
	u.Store(1)
	u.Add(^uint32(0)) // subtract one
	fmt.Println("u:", u.Load())

	var n int32
	atomic.AddInt32(&n, 5)
	atomic.AddInt32(&n, -2)
	fmt.Println("n:", atomic.LoadInt32(&n))
}
