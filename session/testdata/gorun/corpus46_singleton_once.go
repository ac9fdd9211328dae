package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Debug bool
	loads int
}

var (
	instance *Config
	once     sync.Once
	loads    int
)

func GetConfig() *Config {
	once.Do(func() {
		loads++
		instance = &Config{Name: "app", Debug: true, loads: loads}
	})
	return instance
}

var expensive = sync.OnceValue(func() int {
	loads++
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	return sum
})

var parse = sync.OnceValues(func() (map[string]int, error) {
	return map[string]int{"a": 1, "b": 2}, nil
})

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = GetConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("all same instance:", same)
	fmt.Printf("%+v\n", *GetConfig())

	fmt.Println(expensive(), expensive(), "loads:", loads)
	m, err := parse()
	fmt.Println(len(m), m["b"], err)

	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("only once, i =", i) })
	}

	func() {
		defer func() { fmt.Println("panic in Do:", recover()) }()
		var p sync.Once
		p.Do(func() { panic("init failed") })
	}()
}
