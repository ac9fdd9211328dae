package main

import (
	"fmt"
	"sync"
)

func fib(c chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			close(c)
			return
		}
	}
}

func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func gen(vals ...int) <-chan int {
	c := make(chan int, len(vals))
	for _, v := range vals {
		c <- v
	}
	close(c)
	return c
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	done := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		close(quit)
		for range c {
		}
		done <- true
	}()
	fib(c, quit)
	<-done
	sum := 0
	count := 0
	for v := range merge(gen(1, 2, 3), gen(10, 20), gen(100)) {
		sum += v
		count++
	}
	fmt.Println(count, sum)
	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	select {
	case buf <- "c":
		fmt.Println("sent c")
	default:
		fmt.Println("buffer full", len(buf), cap(buf))
	}
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok)
	<-buf
	v, ok = <-buf
	fmt.Printf("%q %v\n", v, ok)
}
