package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, release <-chan struct{}) (string, error) {
	select {
	case <-release:
		return "done", nil
	case <-ctx.Done():
		return "", fmt.Errorf("slow operation: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 0)
	defer cancel()
	never := make(chan struct{})
	res, err := slowOperation(ctx, never)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	released := make(chan struct{})
	close(released)
	res, err = slowOperation(context.Background(), released)
	fmt.Printf("%q %v\n", res, err)

	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	_, hasDeadline := child.Deadline()
	fmt.Println("child has deadline:", hasDeadline)
	cancelParent()
	<-child.Done()
	fmt.Println("child err:", child.Err())

	stop := context.AfterFunc(parent, func() {})
	fmt.Println("after func stop returns:", stop())

	ctx2, cancel2 := context.WithCancel(context.Background())
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case <-ctx2.Done():
				return
			case results <- i:
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v == 9 {
			cancel2()
			break
		}
	}
	fmt.Println("sum of first ten:", sum)
}
