package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, steps int) (int, error) {
	done := 0
	for i := 0; i < steps; i++ {
		select {
		case <-ctx.Done():
			return done, ctx.Err()
		default:
		}
		done++
	}
	return done, nil
}

func main() {
	// A deadline already in the past expires at once: no waiting involved.
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	n, err := work(ctx, 10)
	fmt.Println("done:", n, "err:", err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	// A generous timeout never fires for fast work.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel2()
	n, err = work(ctx2, 10)
	fmt.Println("done:", n, "err:", err)

	// Timeout with a cause.
	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), 0, errors.New("too slow"))
	defer cancel3()
	<-ctx3.Done()
	fmt.Println("cause:", context.Cause(ctx3), "err:", ctx3.Err())

	select {
	case <-time.After(time.Hour):
		fmt.Println("never")
	case <-ctx3.Done():
		fmt.Println("context won")
	}
}
