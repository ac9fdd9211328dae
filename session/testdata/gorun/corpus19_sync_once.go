package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	initOnce := sync.OnceFunc(func() {
		calls++
		fmt.Println("initializing")
	})
	for range 3 {
		initOnce()
	}
	fmt.Println("calls:", calls)

	config := sync.OnceValue(func() map[string]string {
		fmt.Println("loading config")
		return map[string]string{"env": "prod", "region": "eu"}
	})
	fmt.Println(config()["env"], config()["region"])

	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return strconv.Atoi("42x")
	})
	for range 2 {
		n, err := parse()
		fmt.Println(n, err)
	}

	var wg sync.WaitGroup
	counter := sync.OnceValue(func() int {
		fmt.Println("computed once under contention")
		return 99
	})
	results := make([]int, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = counter()
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("classic once, i =", i) })
	}

	boom := sync.OnceFunc(func() { panic(errors.New("init failed")) })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
}
