package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(500 * time.Millisecond)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	time.Sleep(20 * time.Millisecond)

	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				ticks <- n
				return
			case <-ticker.C:
				n++
			}
		}
	}()
	time.Sleep(250 * time.Millisecond)
	ticker.Stop()
	done <- true
	n := <-ticks
	fmt.Println("Ticker stopped; ticked at least 3 times:", n >= 3)

	fired := make(chan string, 1)
	time.AfterFunc(10*time.Millisecond, func() { fired <- "after func" })
	fmt.Println(<-fired)
	t := time.NewTimer(time.Hour)
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
}
