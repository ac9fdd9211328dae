package main

import (
	"fmt"
	"time"
)

func worker(done chan bool) {
	fmt.Print("working...")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
	done <- true
}

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + "-pong"
}

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(len(messages), cap(messages))
	fmt.Println(<-messages)
	fmt.Println(<-messages)

	done := make(chan bool, 1)
	go worker(done)
	<-done

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	var recvOnly <-chan string = pongs
	var sendOnly chan<- string = pongs
	sendOnly <- "via send-only"
	fmt.Println(<-recvOnly)
	fmt.Printf("%T %T\n", recvOnly, sendOnly)

	unbuf := make(chan int)
	go func() { unbuf <- 42 }()
	v, ok := <-unbuf
	fmt.Println(v, ok)
}
