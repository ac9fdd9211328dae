package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrShutdown = errors.New("shutting down")

type ctxKey string

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(ErrShutdown)
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), ErrShutdown))

	base := context.WithValue(context.Background(), ctxKey("user"), "ann")
	parent, stop := context.WithCancel(base)
	detached := context.WithoutCancel(parent)
	stop()
	fmt.Println(parent.Err(), detached.Err(), detached.Value(ctxKey("user")))
	_, hasDeadline := detached.Deadline()
	fmt.Println("deadline", hasDeadline)

	ctx2, cancel2 := context.WithCancel(context.Background())
	done := make(chan struct{})
	stopAfter := context.AfterFunc(ctx2, func() {
		fmt.Println("after func ran")
		close(done)
	})
	cancel2()
	<-done
	fmt.Println("stopped before run:", stopAfter())

	ctx3, cancel3 := context.WithCancel(context.Background())
	stop3 := context.AfterFunc(ctx3, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop3())
	cancel3()

	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))
}
