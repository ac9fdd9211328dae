package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	config := sync.OnceValue(func() map[string]string {
		calls++
		fmt.Println("loading config")
		return map[string]string{"env": "prod"}
	})
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config()["env"]
		}()
	}
	wg.Wait()
	fmt.Println("env =", config()["env"], "calls =", calls)

	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return 42, nil
	})
	v, err := parse()
	fmt.Println(v, err)
	v, err = parse()
	fmt.Println(v, err)

	greet := sync.OnceFunc(func() { fmt.Println("hello, once") })
	greet()
	greet()

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("first i =", i) })
	}
}
