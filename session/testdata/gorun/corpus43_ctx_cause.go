package main

import (
	"context"
	"errors"
	"fmt"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))

	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		fmt.Println("worker saw:", ctx.Err())
		fmt.Println("worker cause:", context.Cause(ctx))
	}()

	cancel(errShutdown)
	<-done
	fmt.Println("is shutdown:", errors.Is(context.Cause(ctx), errShutdown))

	// Without a cause, Cause reports the context's error.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(ctx2))

	// Children inherit the parent's cause.
	parent, pc := context.WithCancelCause(context.Background())
	child, cc := context.WithCancel(parent)
	defer cc()
	pc(errors.New("parent gone"))
	fmt.Println("child cause:", context.Cause(child))
}
