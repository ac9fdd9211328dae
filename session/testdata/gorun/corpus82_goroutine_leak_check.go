package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func producer(ctx context.Context, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case out <- i:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go producer(ctx, ch, &wg)
	}
	sum := 0
	for range 30 {
		sum += <-ch
	}
	fmt.Println("received 30 values, sum >= 0:", sum >= 0)
	fmt.Println("goroutines running:", runtime.NumGoroutine()-before)
	cancel()
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after cancel:", runtime.NumGoroutine()-before)
	fmt.Println(runtime.NumCPU() > 0, runtime.GOOS)
}
