package main

import (
	"fmt"
	"time"
)

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan struct{}, max int) {
	for {
		ball, ok := <-table
		if !ok {
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits >= max {
			close(done)
			return
		}
		table <- ball
	}
}

func pinger(c chan<- string) {
	for i := 0; i < 3; i++ {
		c <- "ping"
	}
	close(c)
}

func ponger(in <-chan string, out chan<- string) {
	for msg := range in {
		out <- msg + "-pong"
	}
	close(out)
}

func main() {
	table := make(chan *Ball)
	done := make(chan struct{})
	go player("ping", table, done, 6)
	time.Sleep(150 * time.Millisecond) // ping waits at the table first
	go player("pong", table, done, 6)
	table <- new(Ball)
	<-done

	c1 := make(chan string)
	c2 := make(chan string)
	go pinger(c1)
	go ponger(c1, c2)
	for m := range c2 {
		fmt.Println(m)
	}

	// request/response over unbuffered channels
	req := make(chan int)
	resp := make(chan int)
	go func() {
		for n := range req {
			resp <- n * n
		}
		close(resp)
	}()
	for i := 1; i <= 4; i++ {
		req <- i
		fmt.Printf("%d squared is %d\n", i, <-resp)
	}
	close(req)
	_, ok := <-resp
	fmt.Println("resp open:", ok)

	sem := make(chan int)
	go func() { sem <- 42 }()
	v := <-sem
	fmt.Println("got", v)
}
