package main

import (
	"fmt"
	"time"
)

func fibonacci(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Println(<-c)
		}
		quit <- 0
	}()
	fibonacci(c, quit)

	// Default selection: only the deterministic lines are printed.
	tick := time.Tick(100 * time.Millisecond)
	boom := time.After(350 * time.Millisecond)
	ticks, idle := 0, 0
loop:
	for {
		select {
		case <-tick:
			ticks++
		case <-boom:
			fmt.Println("BOOM!")
			break loop
		default:
			idle++
			time.Sleep(20 * time.Millisecond)
		}
	}
	fmt.Println("ticked:", ticks >= 1, "idled:", idle > 0)

	timeout := time.After(150 * time.Millisecond)
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-timeout:
		fmt.Println("timed out")
	}
}
