package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, steps int) (int, error) {
	sum := 0
	for i := 0; i < steps; i++ {
		if err := ctx.Err(); err != nil {
			return sum, fmt.Errorf("stopped after %d steps: %w", i, err)
		}
		sum += i
	}
	return sum, nil
}

func main() {
	// A deadline in the past: the context is done immediately.
	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	_, err := slowOp(ctx, 10)
	fmt.Println(err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	d, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, d.Year())

	// A generous timeout: the work finishes first.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel2()
	sum, err := slowOp(ctx2, 10)
	fmt.Println("sum:", sum, "err:", err)

	// A zero timeout.
	ctx3, cancel3 := context.WithTimeout(context.Background(), 0)
	defer cancel3()
	select {
	case <-ctx3.Done():
		fmt.Println("ctx3:", ctx3.Err())
	case <-time.After(time.Minute):
		fmt.Println("never")
	}

	_, ok = context.Background().Deadline()
	fmt.Println("background has deadline:", ok)

	// Values travel with the context.
	type key string
	vctx := context.WithValue(ctx2, key("user"), "gopher")
	fmt.Println("user:", vctx.Value(key("user")), "missing:", vctx.Value(key("x")))
}
