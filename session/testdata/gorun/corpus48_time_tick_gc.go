package main

import (
	"fmt"
	"time"
)

// Since Go 1.23 unstopped timers and tickers are garbage collected, and their
// channels are unbuffered, so Reset/Stop never leave a stale value behind.
func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("timer fired once")

	ticker := time.NewTicker(time.Millisecond)
	count := 0
	for range ticker.C {
		count++
		if count == 3 {
			break
		}
	}
	ticker.Stop()
	fmt.Println("ticks:", count)

	c := time.Tick(time.Millisecond)
	<-c
	fmt.Println("tick channel works without Stop")

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped active timer:", timer.Stop())
	fmt.Println("stop again:", timer.Stop())
	select {
	case <-timer.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
}
