package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name    string
	Retries int
}

var (
	once   sync.Once
	config *Config
	loads  int
)

func loadConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{Name: "prod", Retries: 3}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 10)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = loadConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println("loads:", loads, "same pointer:", same)
	fmt.Printf("%+v\n", *loadConfig())

	// OnceValue and OnceValues cache a result.
	calls := 0
	expensive := sync.OnceValue(func() int {
		calls++
		return 6 * 7
	})
	fmt.Println(expensive(), expensive(), "calls:", calls)

	parse := sync.OnceValues(func() (int, error) {
		return 0, fmt.Errorf("bad input")
	})
	v, err := parse()
	fmt.Println(v, err)

	// A panic inside Do still counts as done.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("boom") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("ran again:", ran)
}
