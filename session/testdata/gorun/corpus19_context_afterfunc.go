package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrShutdown = errors.New("shutting down")

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("after func ran:", ctx.Err())
		close(done)
	})
	cancel()
	<-done
	fmt.Println("stop after run:", stop())

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("should not run") })
	fmt.Println("stopped before cancel:", stop2())
	cancel2()

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(ErrShutdown)
	fmt.Println(ctx3.Err(), context.Cause(ctx3), errors.Is(context.Cause(ctx3), ErrShutdown))

	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println("parent:", parent.Err(), "detached:", detached.Err(), detached.Value("k"))

	errSlow := errors.New("backend too slow")
	ctx4, cancel4 := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errSlow)
	defer cancel4()
	<-ctx4.Done()
	fmt.Println(ctx4.Err(), context.Cause(ctx4))

	ctx5, cancel5 := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errors.New("already late"))
	defer cancel5()
	fmt.Println(ctx5.Err(), context.Cause(ctx5))
	fmt.Println(errors.Is(ctx5.Err(), context.DeadlineExceeded))
}
