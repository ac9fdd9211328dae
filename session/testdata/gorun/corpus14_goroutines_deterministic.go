package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
			if i%10 == 0 {
				c.Inc("tens")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("k"), c.Value("tens"))

	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	v, ok := <-buf
	fmt.Printf(" %q %v\n", v, ok)

	in := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	sum := 0
	for v := range square(in) {
		sum += v
	}
	fmt.Println("sum of squares", sum)

	var mu sync.Mutex
	var words []string
	for _, w := range []string{"delta", "alpha", "charlie", "bravo"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			words = append(words, w)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(words)
	fmt.Println(words)

	done := make(chan struct{})
	data := make(chan int, 10)
	go func() {
		defer close(done)
		total := 0
		for v := range data {
			total += v
		}
		fmt.Println("consumer total", total)
	}()
	for i := range 10 {
		data <- i
	}
	close(data)
	<-done

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
}
