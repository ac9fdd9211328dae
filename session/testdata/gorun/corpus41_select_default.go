package main

import "fmt"

func main() {
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

	c1 := make(chan string, 1)
	c2 := make(chan string, 1)
	c1 <- "one"
	for i := 0; i < 2; i++ {
		select {
		case m := <-c1:
			fmt.Println("c1:", m)
			c2 <- "two"
		case m := <-c2:
			fmt.Println("c2:", m)
		}
	}

	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i
		}
		close(results)
	}()
	total := 0
loop:
	for {
		select {
		case v, ok := <-results:
			if !ok {
				break loop
			}
			total += v
		}
	}
	fmt.Println("total:", total)
}
