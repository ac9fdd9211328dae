package main

import (
	"fmt"
	"sync"
	"time"
)

// say prints s three times, starting after offset and then every 200ms.
func say(s string, offset time.Duration, wg *sync.WaitGroup) {
	if wg != nil {
		defer wg.Done()
	}
	time.Sleep(offset)
	for i := 0; i < 3; i++ {
		if i > 0 {
			time.Sleep(200 * time.Millisecond)
		}
		fmt.Println(s, i)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go say("world", 200*time.Millisecond, &wg)
	say("hello", 100*time.Millisecond, nil)
	wg.Wait()

	results := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = i * i
		}()
	}
	wg2.Wait()
	fmt.Println(results)
}
