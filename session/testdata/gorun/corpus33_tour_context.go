// Context, cancellation and select loops, as a handbook's concurrency chapter.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func counter(ctx context.Context, out chan<- int) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(out)
			return ctx.Err()
		case out <- i:
		}
	}
}

type key string

func handle(ctx context.Context) string {
	user, ok := ctx.Value(key("user")).(string)
	if !ok {
		return "anonymous"
	}
	return user
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slowOp: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- counter(ctx, ch) }()
	sum := 0
	for v := range ch {
		sum += v
		if v == 10 {
			cancel()
			break
		}
	}
	err := <-errc
	fmt.Println("sum", sum, "err", err)
	fmt.Println(errors.Is(err, context.Canceled))

	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(handle(vctx), handle(context.Background()))

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	err = slowOp(tctx, 2*time.Second)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))

	ok := slowOp(context.Background(), time.Millisecond)
	fmt.Println("fast op:", ok)

	ticker := time.NewTicker(2 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	fmt.Println("ticks:", ticks)

	done := make(chan struct{})
	results := make(chan string, 3)
	go func() {
		defer close(done)
		for _, s := range []string{"a", "b", "c"} {
			results <- s
		}
	}()
	<-done
	close(results)
	for r := range results {
		fmt.Print(r)
	}
	fmt.Println()
}
