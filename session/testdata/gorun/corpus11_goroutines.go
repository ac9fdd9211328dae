package main

import (
	"fmt"
	"sync"
)

func f(from string, out chan<- string) {
	for i := range 3 {
		out <- fmt.Sprint(from, ":", i)
	}
}

func main() {
	direct := make(chan string, 3)
	f("direct", direct)
	close(direct)
	for s := range direct {
		fmt.Println(s)
	}
	out := make(chan string)
	go func() {
		f("goroutine", out)
		close(out)
	}()
	for s := range out {
		fmt.Println(s)
	}
	done := make(chan struct{})
	go func(msg string) {
		fmt.Println(msg)
		close(done)
	}("going")
	<-done
	var wg sync.WaitGroup
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
	fmt.Println("done")
}
