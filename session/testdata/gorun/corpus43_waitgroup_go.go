package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	squares := map[int]int{}
	for i := range 6 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			squares[i] = i * i
		})
	}
	wg.Wait()
	for i := range len(squares) {
		fmt.Printf("%d^2 = %d\n", i, squares[i])
	}

	out := make([]string, 3)
	names := []string{"ann", "ben", "cid"}
	for i, n := range names {
		wg.Go(func() { out[i] = "hi " + n })
	}
	wg.Wait()
	fmt.Println(out)
}
