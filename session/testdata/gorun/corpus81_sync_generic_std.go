package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Retries int
}

var loadCount int

var loadConfig = sync.OnceValue(func() *Config {
	loadCount++
	fmt.Println("loading config")
	return &Config{Name: "prod", Retries: 3}
})

var parsePort = sync.OnceValues(func() (int, error) {
	loadCount++
	return 8080, nil
})

func main() {
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = loadConfig()
		}()
	}
	wg.Wait()
	cfg := loadConfig()
	fmt.Printf("%+v %d\n", *cfg, loadCount)
	p, err := parsePort()
	p2, _ := parsePort()
	fmt.Println(p, err, p2, loadCount)

	var current atomic.Pointer[Config]
	fmt.Println(current.Load() == nil)
	current.Store(&Config{"v1", 1})
	old := current.Swap(&Config{"v2", 2})
	fmt.Println(old.Name, current.Load().Name)
	next := &Config{"v3", 3}
	fmt.Println(current.CompareAndSwap(old, next), current.Load().Name)
	fmt.Println(current.CompareAndSwap(current.Load(), next), current.Load().Retries)

	var hits atomic.Int64
	var names sync.Map
	for i, w := range strings.Fields("a b c d e f") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(int64(i))
			names.Store(w, i)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load())
	v, ok := names.Load("d")
	fmt.Println(v, ok)
	n := 0
	names.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
}
