package main

import (
	"fmt"
	"sync"
	"time"
)

func f(from string, out *[]string, mu *sync.Mutex) {
	for i := 0; i < 3; i++ {
		mu.Lock()
		*out = append(*out, fmt.Sprint(from, ":", i))
		mu.Unlock()
	}
}

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
	pongs <- msg
}

func main() {
	var out []string
	var mu sync.Mutex
	f("direct", &out, &mu)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		f("goroutine", &out, &mu)
	}()
	wg.Wait()
	fmt.Println(out)

	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)

	buffered := make(chan string, 2)
	buffered <- "buffered"
	buffered <- "channel"
	fmt.Println(len(buffered), cap(buffered))
	fmt.Println(<-buffered)
	fmt.Println(<-buffered)

	done := make(chan bool, 1)
	go worker(done)
	<-done

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() { results <- i * 10 }()
	}
	sum := 0
	for range 3 {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
