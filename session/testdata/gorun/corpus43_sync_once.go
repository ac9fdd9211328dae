package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Debug bool
}

var (
	cfg      *Config
	loadOnce sync.Once
	loads    int
)

func getConfig() *Config {
	loadOnce.Do(func() {
		loads++
		cfg = &Config{Name: "app", Debug: true}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ptrs[i] = getConfig()
		}(i)
	}
	wg.Wait()

	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("loads:", loads)
	fmt.Println("same pointer:", same)
	fmt.Printf("%+v\n", *getConfig())

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("only once, i =", i) })
	}
}
