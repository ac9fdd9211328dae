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
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		quit <- 0
	}()
	fibonacci(c, quit)

	fast := make(chan string)
	slow := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fast <- "fast"
	}()
	go func() {
		time.Sleep(300 * time.Millisecond)
		slow <- "slow"
	}()
	for i := 0; i < 2; i++ {
		select {
		case m := <-fast:
			fmt.Println("received", m)
		case m := <-slow:
			fmt.Println("received", m)
		}
	}

	timeout := time.After(60 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-timeout:
		fmt.Println("timed out")
	}

	msgs := make(chan string, 1)
	select {
	case m := <-msgs:
		fmt.Println(m)
	default:
		fmt.Println("no message")
	}
	msgs <- "hi"
	select {
	case msgs <- "again":
		fmt.Println("sent again")
	default:
		fmt.Println("buffer full")
	}

	ticker := time.NewTicker(30 * time.Millisecond)
	defer ticker.Stop()
	stop := time.After(400 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 2 {
				break loop
			}
		case <-stop:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println(v)
	default:
		fmt.Println("nil channel blocks")
	}
}
