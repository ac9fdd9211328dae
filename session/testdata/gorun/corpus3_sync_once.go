package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

var loadConfig = sync.OnceValue(func() map[string]string {
	fmt.Println("loading config")
	return map[string]string{"env": "dev"}
})

var parsePort = sync.OnceValues(func() (int, error) {
	fmt.Println("parsing port")
	return strconv.Atoi("8080")
})

func main() {
	initOnce := sync.OnceFunc(func() { fmt.Println("init ran") })
	for range 3 {
		initOnce()
	}
	fmt.Println(loadConfig()["env"], loadConfig()["env"])
	p, err := parsePort()
	fmt.Println(p, err)
	p, err = parsePort()
	fmt.Println(p, err)

	bad := sync.OnceValues(func() (int, error) {
		return 0, errors.New("no port")
	})
	_, err = bad()
	fmt.Println(err)

	var wg sync.WaitGroup
	var mu sync.Mutex
	calls := 0
	counted := sync.OnceFunc(func() {
		mu.Lock()
		calls++
		mu.Unlock()
	})
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counted()
		}()
	}
	wg.Wait()
	fmt.Println("calls", calls)

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("once with", i) })
	}

	panicky := sync.OnceFunc(func() { panic("boom") })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			panicky()
		}()
	}
}
