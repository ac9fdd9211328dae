package main

import (
	"fmt"
	"time"
)

func ping(pings chan<- string, msg string) { pings <- msg }

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " pong"
}

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "ping")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	ball := make(chan int)
	done := make(chan bool)
	go func() {
		for {
			v, ok := <-ball
			if !ok {
				done <- true
				return
			}
			fmt.Println("B got", v)
			if v >= 4 {
				close(ball)
				continue
			}
			ball <- v + 1
		}
	}()
	ball <- 1
	for v := range ball {
		fmt.Println("A got", v)
		ball <- v + 1
	}
	<-done

	buf := make(chan int, 3)
	buf <- 10
	buf <- 20
	fmt.Println(len(buf), cap(buf))
	close(buf)
	for v := range buf {
		fmt.Println("buffered", v)
	}
	v, ok := <-buf
	fmt.Println(v, ok)

	sum := 0
	for v := range sq(gen(5)) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	result := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		result <- "slow"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fast := make(chan string, 1)
	fast <- "fast"
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("default case")
	}
	sem := make(chan struct{}, 2)
	sem <- struct{}{}
	fmt.Println(len(sem))
}
