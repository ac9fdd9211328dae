package main

import "fmt"

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
	done := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Println(<-c)
		}
		quit <- 0
	}()
	go func() {
		fibonacci(c, quit)
		close(done)
	}()
	<-done

	msgs := make(chan string, 1)
	select {
	case m := <-msgs:
		fmt.Println("received", m)
	default:
		fmt.Println("no message")
	}
	msgs <- "hi"
	select {
	case m := <-msgs:
		fmt.Println("received", m)
	default:
		fmt.Println("no message")
	}
	select {
	case msgs <- "a":
		fmt.Println("sent a")
	default:
	}
	select {
	case msgs <- "b":
		fmt.Println("sent b")
	default:
		fmt.Println("buffer full")
	}
}
