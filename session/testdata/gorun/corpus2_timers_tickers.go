package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	if stop2 := timer2.Stop(); stop2 {
		fmt.Println("Timer 2 stopped")
	}

	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	ticks := 0
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				ticks++
				if ticks == 3 {
					done <- true
					return
				}
			}
		}
	}()
	<-done
	ticker.Stop()
	fmt.Println("Ticker stopped after", ticks, "ticks")

	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("after fired")
	}
}
