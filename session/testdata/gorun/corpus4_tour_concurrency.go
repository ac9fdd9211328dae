package main

import (
	"fmt"
	"sync"
	"time"
)

func sum(s []int, c chan int) {
	total := 0
	for _, v := range s {
		total += v
	}
	c <- total
}

func fibonacci(n int, c chan int) {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		c <- x
		x, y = y, x+y
	}
	close(c)
}

func fibonacciSelect(c, quit chan int) {
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

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	s := []int{7, 2, 8, -9, 4, 0}
	c := make(chan int)
	go sum(s[:len(s)/2], c)
	x := <-c
	go sum(s[len(s)/2:], c)
	y := <-c
	fmt.Println(x, y, x+y)

	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	fmt.Println(len(ch), cap(ch))

	fc := make(chan int, 10)
	go fibonacci(cap(fc), fc)
	for i := range fc {
		fmt.Print(i, " ")
	}
	fmt.Println()
	_, more := <-fc
	fmt.Println("more:", more)

	out := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-out, ",")
		}
		fmt.Println()
		quit <- 0
	}()
	fibonacciSelect(out, quit)

	tick := time.Tick(10 * time.Millisecond)
	boom := time.After(80 * time.Millisecond)
loop:
	for {
		select {
		case <-tick:
		case <-boom:
			fmt.Println("BOOM!")
			break loop
		default:
			time.Sleep(2 * time.Millisecond)
		}
	}

	sc := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(sc.Value("somekey"))

	results := make([]string, 3)
	var wg2 sync.WaitGroup
	for i, w := range []string{"hello", "world", "gophers"} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			time.Sleep(time.Duration(3-i) * time.Millisecond)
			results[i] = w
		}()
	}
	wg2.Wait()
	fmt.Println(results)
}
