package main

import (
	"fmt"
	"time"
)

// A panic no goroutine recovers ends Go's program, whatever main is
// doing: main's select never gets to its timeout.
func main() {
	fmt.Println("start")
	results := make(chan int)
	go func() {
		var counts map[string]int
		counts["x"]++ // assignment to entry in nil map
		results <- 1
	}()
	select {
	case r := <-results:
		fmt.Println("result", r)
	case <-time.After(10 * time.Second):
		fmt.Println("timed out")
	}
	fmt.Println("unreachable")
}
