package main

import (
	"fmt"
	"time"
)

func generateNumbers(total int, ch chan<- int) {
	for idx := 1; idx <= total; idx++ {
		ch <- idx
	}
	close(ch)
}

func printNumbers(ch <-chan int, done chan<- bool) {
	for n := range ch {
		fmt.Println("read", n)
	}
	done <- true
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go printNumbers(ch, done)
	generateNumbers(3, ch)
	<-done

	src := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			src <- i
		}
		close(src)
	}()
	for sq := range square(src) {
		fmt.Print(sq, " ")
	}
	fmt.Println()

	buf := make(chan string, 2)
	buf <- "first"
	buf <- "second"
	fmt.Println(len(buf), cap(buf))
	fmt.Println(<-buf, <-buf)
	close(buf)
	v, ok := <-buf
	fmt.Printf("%q %v\n", v, ok)

	results := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		results <- "slow result"
	}()
	select {
	case r := <-results:
		fmt.Println(r)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}

	quit := make(chan struct{})
	select {
	case <-quit:
		fmt.Println("quit")
	default:
		fmt.Println("no message, default case")
	}

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 3; i++ {
		ping <- i * 10
		fmt.Println("pong", <-pong)
	}
	close(ping)
	_, open := <-pong
	fmt.Println("pong open:", open)
}
