package main

import (
	"expvar"
	"fmt"
	"sync"
)

// Unpublished, so that the program can run twice in one process.
var (
	requests expvar.Int
	latency  expvar.Float
	byPath   = new(expvar.Map).Init()
)

func main() {
	var wg sync.WaitGroup
	paths := []string{"/", "/api", "/api", "/login"}
	for _, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			requests.Add(1)
			byPath.Add(p, 1)
			latency.Add(2.5)
		}()
	}
	wg.Wait()
	fmt.Println(requests.Value(), latency.Value())
	fmt.Println(byPath.String())
	byPath.Do(func(kv expvar.KeyValue) {
		fmt.Println(kv.Key, kv.Value)
	})
	s := new(expvar.String)
	s.Set("ready")
	fmt.Println(s, s.Value())
}
