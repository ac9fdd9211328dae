package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
)

func getConfig() *Config {
	once.Do(func() {
		fmt.Println("loading config")
		config = &Config{Name: "prod"}
	})
	return config
}

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
	var n int64
	atomic.AddInt64(&n, 5)
	atomic.CompareAndSwapInt64(&n, 5, 7)
	fmt.Println(atomic.LoadInt64(&n))
	for i := 0; i < 3; i++ {
		fmt.Println(getConfig().Name)
	}
	var rw sync.RWMutex
	cache := map[string]int{}
	rw.Lock()
	cache["a"] = 1
	rw.Unlock()
	rw.RLock()
	fmt.Println(cache["a"])
	rw.RUnlock()
}
