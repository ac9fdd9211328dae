package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(30 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")
	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	ticker := time.NewTicker(20 * time.Millisecond)
	for n := 1; n <= 3; n++ {
		t := <-ticker.C
		fmt.Println("Tick", n, !t.IsZero())
	}
	ticker.Stop()
	fmt.Println("Ticker stopped")
	fired := make(chan string, 1)
	time.AfterFunc(10*time.Millisecond, func() { fired <- "after func" })
	fmt.Println(<-fired)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
}
