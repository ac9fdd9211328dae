package main

import (
	"context"
	"errors"
	"fmt"
)

func worker(ctx context.Context, jobs <-chan int, out chan<- string) {
	for {
		select {
		case <-ctx.Done():
			out <- "worker: " + ctx.Err().Error()
			close(out)
			return
		case j := <-jobs:
			out <- fmt.Sprintf("job %d done", j)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	out := make(chan string)
	go worker(ctx, jobs, out)

	for i := 1; i <= 3; i++ {
		jobs <- i
		fmt.Println(<-out)
	}
	cancel()
	for msg := range out {
		fmt.Println(msg)
	}
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))
	cancel() // calling cancel twice is fine
	fmt.Println(ctx.Err())
}
