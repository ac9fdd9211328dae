package main

import (
	"context"
	"errors"
	"fmt"
)

func generate(ctx context.Context) <-chan int {
	dst := make(chan int)
	n := 1
	go func() {
		defer close(dst)
		for {
			select {
			case <-ctx.Done():
				return
			case dst <- n:
				n++
			}
		}
	}()
	return dst
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())

	for n := range generate(ctx) {
		fmt.Println(n)
		if n == 5 {
			break
		}
	}
	cancel()
	<-ctx.Done()
	fmt.Println("err:", ctx.Err())
	fmt.Println("is canceled:", errors.Is(ctx.Err(), context.Canceled))

	// Cancelling twice is harmless.
	cancel()
	fmt.Println("still:", ctx.Err())
}
