package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrShutdown = errors.New("shutting down")

type key string

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(ErrShutdown)
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))

	parent, stop := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))
	detached := context.WithoutCancel(parent)
	done := make(chan struct{})
	unreg := context.AfterFunc(parent, func() {
		fmt.Println("after func ran")
		close(done)
	})
	_ = unreg
	stop()
	<-done
	fmt.Println("parent:", parent.Err(), "detached:", detached.Err(), detached.Value(key("user")))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("too slow"))
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println(tctx.Err(), context.Cause(tctx))
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}
	c2, cancel2 := context.WithCancel(context.Background())
	stopped := context.AfterFunc(c2, func() { fmt.Println("never") })
	fmt.Println("stopped:", stopped())
	cancel2()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end")
}
