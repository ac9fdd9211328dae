package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

func work(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func handler(ctx context.Context) {
	user, _ := ctx.Value(ctxKey("user")).(string)
	fmt.Println("user:", user)
	if v := ctx.Value(ctxKey("missing")); v == nil {
		fmt.Println("missing is nil")
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go work(ctx, i, out, &wg)
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("stopped workers:", n)

	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	vctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	handler(vctx)

	c2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-c2.Done()
	fmt.Println(c2.Err(), errors.Is(c2.Err(), context.Canceled))
	_, hasDeadline := tctx.Deadline()
	fmt.Println("deadline set:", hasDeadline)
}
