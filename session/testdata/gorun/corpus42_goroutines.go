package main

import (
	"fmt"
	"sort"
	"sync"
)

func generateNumbers(total int, ch chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for idx := 1; idx <= total; idx++ {
		ch <- idx
	}
}

func square(id int, in <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range in {
		out <- fmt.Sprintf("%d^2=%d", n, n*n)
	}
}

func main() {
	var wg sync.WaitGroup
	numbers := make(chan int)
	results := make(chan string, 10)

	var workers sync.WaitGroup
	for i := 1; i <= 3; i++ {
		workers.Add(1)
		go square(i, numbers, results, &workers)
	}

	wg.Add(1)
	go generateNumbers(6, numbers, &wg)
	wg.Wait()
	close(numbers)
	workers.Wait()
	close(results)

	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// A mutex protects shared state.
	var mu sync.Mutex
	counter := 0
	var g sync.WaitGroup
	for i := 0; i < 50; i++ {
		g.Add(1)
		go func() {
			defer g.Done()
			mu.Lock()
			counter += i
			mu.Unlock()
		}()
	}
	g.Wait()
	fmt.Println("counter:", counter)

	// Each goroutine sees its own loop variable.
	seen := make([]int, 5)
	var g2 sync.WaitGroup
	for i := range 5 {
		g2.Add(1)
		go func() {
			defer g2.Done()
			seen[i] = i * 10
		}()
	}
	g2.Wait()
	fmt.Println(seen)

	// Unbuffered channels synchronize a ping-pong.
	ping, pong := make(chan string), make(chan string)
	done := make(chan struct{})
	go func() {
		for msg := range ping {
			pong <- msg + "-pong"
		}
		close(done)
	}()
	for _, m := range []string{"a", "b"} {
		ping <- m
		fmt.Println(<-pong)
	}
	close(ping)
	<-done

	// sync.Once runs its function exactly once.
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("initialized on call", i) })
	}
}
