package main

import (
	"fmt"
	"strings"
	"sync"
)

var calls int

var config = sync.OnceValue(func() map[string]string {
	calls++
	return map[string]string{"env": "prod", "region": "eu"}
})

var parse = sync.OnceValues(func() (int, error) {
	calls++
	return 42, nil
})

func main() {
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config()["env"]
		}()
	}
	wg.Wait()
	fmt.Println(config()["region"], calls)
	n, err := parse()
	n2, _ := parse()
	fmt.Println(n, n2, err, calls)
	var once sync.Once
	var sb strings.Builder
	for i := range 3 {
		once.Do(func() { fmt.Fprintf(&sb, "init at %d;", i) })
	}
	fmt.Println(sb.String())
	greet := sync.OnceFunc(func() { fmt.Println("hello once") })
	greet()
	greet()
}
