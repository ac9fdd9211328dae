// Select patterns: default, quit channel, nil channels, timeouts.
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

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
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

	buf := make(chan int, 2)
	for i := range 4 {
		fmt.Println("send", i, trySend(buf, i))
	}
	for {
		v, ok := tryRecv(buf)
		if !ok {
			break
		}
		fmt.Println("recv", v)
	}

	a := make(chan int)
	b := make(chan int)
	go func() { a <- 1; close(a) }()
	go func() { b <- 2; close(b) }()
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	never := make(chan struct{})
	timeout := time.After(5 * time.Millisecond)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-timeout:
		fmt.Println("timed out")
	}

	results := make(chan string)
	go func() {
		time.Sleep(time.Millisecond)
		results <- "fast result"
	}()
	select {
	case r := <-results:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
}
