package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	ready := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start // every waiter unblocks when start is closed
			ready[id] = id * id
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println("all started:", ready)

	// Receiving from a closed channel returns the zero value and ok=false.
	ch := make(chan int, 2)
	ch <- 42
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)

	// Closing twice panics.
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		close(ch)
	}()

	// Sending on a closed channel panics too.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ch <- 1
	}()

	quit := make(chan struct{})
	results := make(chan string, 3)
	for _, name := range []string{"a", "b", "c"} {
		go func() {
			<-quit
			results <- "stopped " + name
		}()
	}
	close(quit)
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(got["stopped a"], got["stopped b"], got["stopped c"], len(got))
}
