package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	var mu sync.Mutex
	var log []string
	done := make(chan struct{})
	t := time.AfterFunc(20*time.Millisecond, func() {
		mu.Lock()
		log = append(log, "timer fired")
		mu.Unlock()
		close(done)
	})
	<-done
	fmt.Println(log, t.Stop())

	t2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", t2.Stop())

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(slowOp(context.Background(), time.Millisecond))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutting down"))
	fmt.Println(slowOp(ctx2, time.Second), context.Cause(ctx2))

	stop := context.AfterFunc(ctx2, func() { fmt.Println("after func ran") })
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop:", stop())
}
