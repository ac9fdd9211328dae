package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(2 * time.Millisecond)
	defer ticker.Stop()
	done := make(chan struct{})
	ticks := 0
	go func() {
		time.Sleep(500 * time.Millisecond)
		close(done)
	}()
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 5 {
				fmt.Println("five ticks seen")
				break loop
			}
		case <-done:
			fmt.Println("timed out")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	results := make(chan string)
	go func() {
		time.Sleep(time.Millisecond)
		results <- "answer"
	}()
	select {
	case r := <-results:
		fmt.Println("got", r)
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}

	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("gave up waiting")
	}

	timer := time.NewTimer(time.Hour)
	stopped := timer.Stop()
	fmt.Println("timer stopped before firing:", stopped)
}
