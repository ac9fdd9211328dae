package main

import (
	"fmt"
	"time"
)

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * 10
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println("len/cap:", len(buf), cap(buf))
	close(buf)
	for s := range buf {
		fmt.Println("got", s)
	}
	v, ok := <-buf
	fmt.Printf("after close: %q %v\n", v, ok)

	sel := make(chan int, 1)
	select {
	case x := <-sel:
		fmt.Println("received", x)
	default:
		fmt.Println("nothing ready")
	}
	sel <- 7
	select {
	case x := <-sel:
		fmt.Println("received", x)
	default:
		fmt.Println("nothing ready")
	}

	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	done := make(chan struct{})
	results := make(chan int, 10)
	go func() {
		defer close(done)
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
		close(results)
	}()
	<-done
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)

	pipeline := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for x := range in {
				out <- x + 1
			}
			close(out)
		}()
		return out
	}
	src := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			src <- i
		}
		close(src)
	}()
	for x := range pipeline(pipeline(src)) {
		fmt.Print(x, ",")
	}
	fmt.Println()
}
