package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Config struct {
	Name    string
	Workers int
}

var loads int

var loadConfig = sync.OnceValue(func() Config {
	loads++
	fmt.Println("loading config")
	return Config{Name: "prod", Workers: 4}
})

var parsePort = sync.OnceValues(func() (int, error) {
	return strconv.Atoi("80a")
})

func main() {
	initLogger := sync.OnceFunc(func() {
		fmt.Println("logger initialised")
	})
	for range 3 {
		initLogger()
	}

	var wg sync.WaitGroup
	results := make([]Config, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = loadConfig()
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads)
	for i, c := range results {
		fmt.Println(i, c.Name, c.Workers)
	}

	for range 2 {
		port, err := parsePort()
		var numErr *strconv.NumError
		fmt.Println(port, errors.As(err, &numErr), numErr.Func)
	}

	boom := sync.OnceFunc(func() { panic("init failed") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				fmt.Println("call", i, "recovered:", recover())
			}()
			boom()
		}()
	}
}
