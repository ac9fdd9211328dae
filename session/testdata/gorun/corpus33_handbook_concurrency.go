// Goroutines, channels, select, WaitGroup and Mutex in sequence.
package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	// Unbuffered channel handshake.
	done := make(chan bool)
	go func() {
		fmt.Println("working...")
		done <- true
	}()
	<-done
	fmt.Println("done")

	// Pipeline.
	nums := make(chan int)
	sqs := make(chan int)
	go producer(5, nums)
	go square(nums, sqs)
	total := 0
	for v := range sqs {
		fmt.Print(v, " ")
		total += v
	}
	fmt.Println("total", total)

	// Buffered channel.
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	fmt.Println(<-buf, <-buf)

	// Select with default: non-blocking operations.
	msgs := make(chan string)
	select {
	case m := <-msgs:
		fmt.Println("received", m)
	default:
		fmt.Println("no message received")
	}
	select {
	case msgs <- "hi":
		fmt.Println("sent")
	default:
		fmt.Println("no message sent")
	}

	// Select with timeout.
	slow := make(chan int)
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	// WaitGroup with results gathered by index.
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// Mutex.
	c := SafeCounter{m: make(map[string]int)}
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.Inc("key")
		}()
	}
	wg2.Wait()
	fmt.Println(c.m["key"])

	// Closed channel receive with comma-ok.
	ch := make(chan int, 1)
	ch <- 9
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)

	// sync.Once.
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once") })
	}
}
