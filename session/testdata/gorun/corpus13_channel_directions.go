package main

import (
	"fmt"
	"time"
)

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " -> pong"
}

func producer(n int) <-chan int {
	ch := make(chan int, n)
	for i := range n {
		ch <- i * i
	}
	close(ch)
	return ch
}

func main() {
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	v, ok := <-queue
	fmt.Printf("%q %v\n", v, ok)

	for v := range producer(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	done := make(chan bool, 1)
	go func() {
		fmt.Print("working...")
		time.Sleep(5 * time.Millisecond)
		fmt.Println("done")
		done <- true
	}()
	<-done

	c1 := make(chan string)
	c2 := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c1 <- "one"
	}()
	go func() {
		time.Sleep(300 * time.Millisecond)
		c2 <- "two"
	}()
	for range 2 {
		select {
		case m1 := <-c1:
			fmt.Println("received", m1)
		case m2 := <-c2:
			fmt.Println("received", m2)
		}
	}

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("a nil channel never receives")
	}
	fmt.Println(cap(pings), len(pings))
}
