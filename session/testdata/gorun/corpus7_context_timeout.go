package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowSquare(ctx context.Context, n int, delay time.Duration) (int, error) {
	select {
	case <-time.After(delay):
		return n * n, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func counter(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()

	v, err := slowSquare(ctx, 4, time.Millisecond)
	fmt.Println("fast:", v, err)

	v, err = slowSquare(ctx, 5, 2*time.Second)
	fmt.Println("slow:", v, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	nums := make(chan int)
	go counter(ctx2, nums)
	total := 0
	for n := range nums {
		total += n
		if n == 9 {
			cancel2()
			break
		}
	}
	fmt.Println("total before cancel:", total)
	<-ctx2.Done()
	fmt.Println("ctx2:", ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))

	parent, stop := context.WithCancel(context.Background())
	child, stopChild := context.WithTimeout(parent, time.Hour)
	defer stopChild()
	stop()
	<-child.Done()
	fmt.Println("child sees parent cancel:", child.Err())
}
