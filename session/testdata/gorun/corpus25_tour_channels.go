package main

import "fmt"

func sum(s []int, c chan int) {
	sum := 0
	for _, v := range s {
		sum += v
	}
	c <- sum // send sum to c
}

func main() {
	s := []int{7, 2, 8, -9, 4, 0}

	c := make(chan int)
	go sum(s[:len(s)/2], c)
	go sum(s[len(s)/2:], c)
	x, y := <-c, <-c // receive from c
	if x > y {
		x, y = y, x
	}
	fmt.Println(x, y, x+y)

	// Buffered channels.
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	fmt.Println(<-ch)

	done := make(chan struct{})
	msgs := make(chan string, 3)
	go func() {
		for _, m := range []string{"ping", "pong", "bye"} {
			msgs <- m
		}
		close(done)
	}()
	<-done
	close(msgs)
	for m := range msgs {
		fmt.Println(m)
	}
	v, ok := <-msgs
	fmt.Printf("%q %v\n", v, ok)

	// Overfilling a buffered channel deadlocks; select shows it without blocking.
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("channel full")
	}
}
