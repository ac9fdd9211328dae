package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrShutdown = errors.New("shutting down")

type key string

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(ErrShutdown)
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), ErrShutdown))

	plain, stop := context.WithCancel(context.Background())
	stop()
	fmt.Println(context.Cause(plain))

	parent, cancelParent := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))
	detached := context.WithoutCancel(parent)
	done := make(chan struct{})
	stopAfter := context.AfterFunc(parent, func() {
		fmt.Println("cleanup after cancel")
		close(done)
	})
	cancelParent()
	<-done
	fmt.Println(parent.Err(), detached.Err(), detached.Value(key("user")))
	fmt.Println("stop after run:", stopAfter())

	other, cancelOther := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(other, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop2())
	cancelOther()

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 0, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
}
