package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

type Config struct {
	Name  string
	Debug bool
}

var config = sync.OnceValue(func() *Config {
	fmt.Println("reading config once")
	return &Config{Name: "svc", Debug: true}
})

var openDB = sync.OnceValues(func() (string, error) {
	fmt.Println("connecting")
	if os.Getenv("GOGIL_NO_SUCH_VAR_XYZ") != "" {
		return "", errors.New("unexpected")
	}
	return "db-handle", nil
})

func main() {
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config().Name
		}()
	}
	wg.Wait()
	fmt.Println(config().Name, config().Debug)

	h, err := openDB()
	fmt.Println(h, err)
	h, err = openDB()
	fmt.Println(h, err)

	cleanup := sync.OnceFunc(func() { fmt.Println("cleanup") })
	defer cleanup()
	cleanup()

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("first call with", i) })
	}

	panicky := sync.OnceFunc(func() { panic("boom") })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			panicky()
		}()
	}
}
