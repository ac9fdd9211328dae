package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 6)

	for i := range 6 {
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}

	results := make(map[string]int)
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	for _, w := range []string{"apple", "kiwi", "banana"} {
		wg2.Add(1)
		go func(word string) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			results[word] = len(word)
		}(w)
	}
	wg2.Wait()
	fmt.Println(results)
}
