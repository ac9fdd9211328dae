package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var ErrShutdown = errors.New("server shutting down")

type ctxKey string

func worker(ctx context.Context, id int, out chan<- string) {
	<-ctx.Done()
	out <- fmt.Sprintf("worker %d stopped: %v (cause: %v)", id, ctx.Err(), context.Cause(ctx))
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	out := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		go worker(ctx, i, out)
	}
	cancel(ErrShutdown)
	var lines []string
	for range 3 {
		lines = append(lines, <-out)
	}
	// workers finish in any order; print a count and one line's text shape
	fmt.Println(len(lines), "workers stopped")
	fmt.Println(errors.Is(context.Cause(ctx), ErrShutdown))

	parent, stop := context.WithCancel(context.WithValue(context.Background(), ctxKey("user"), "ada"))
	detached := context.WithoutCancel(parent)

	var wg sync.WaitGroup
	wg.Add(1)
	unregister := context.AfterFunc(parent, func() {
		defer wg.Done()
		fmt.Println("cleanup ran after cancel")
	})
	_ = unregister

	stop()
	wg.Wait()
	fmt.Println("parent err:", parent.Err())
	fmt.Println("detached err:", detached.Err())
	fmt.Println("detached value:", detached.Value(ctxKey("user")))

	ctx2, cancel2 := context.WithCancel(context.Background())
	stopAF := context.AfterFunc(ctx2, func() { fmt.Println("never printed") })
	fmt.Println("stopped before cancel:", stopAF())
	cancel2()

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 0, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), "/", context.Cause(tctx))
}
