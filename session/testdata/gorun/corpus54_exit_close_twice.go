package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range ch {
			fmt.Println("got", v)
		}
		fmt.Println("worker saw close")
	}()
	ch <- 1
	ch <- 2
	close(ch)
	wg.Wait()
	fmt.Println("closing again")
	close(ch)
	fmt.Println("unreachable")
}
