package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(ErrShutdown)
	<-ctx.Done()
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), ErrShutdown))

	// a deadline already in the past expires at once
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err())
	fmt.Println(errors.Is(dctx.Err(), context.DeadlineExceeded))

	// children see their parent's cancellation
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())

	// AfterFunc runs once the context is done
	actx, acancel := context.WithCancel(context.Background())
	ran := make(chan string)
	context.AfterFunc(actx, func() { ran <- "cleanup ran" })
	acancel()
	fmt.Println(<-ran)

	wctx := context.WithoutCancel(parent)
	fmt.Println("without cancel:", wctx.Err())
}
