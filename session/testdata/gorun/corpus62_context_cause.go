package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errQuota = errors.New("quota exceeded")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errQuota)
	fmt.Println("Err:", ctx.Err())
	fmt.Println("Cause:", context.Cause(ctx))
	fmt.Println("is quota:", errors.Is(context.Cause(ctx), errQuota))

	// A nil cause means the cause is context.Canceled.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("Cause nil ->", context.Cause(ctx2))

	// The first cause wins.
	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("first"))
	cancel3(errors.New("second"))
	fmt.Println("Cause3:", context.Cause(ctx3))

	// A child inherits the parent's cause.
	parent, cancelP := context.WithCancelCause(context.Background())
	child, cancelC := context.WithCancel(parent)
	defer cancelC()
	cancelP(fmt.Errorf("shutdown: %w", errQuota))
	<-child.Done()
	fmt.Println("child cause:", context.Cause(child))

	// A deadline already in the past expires at once, with a cause of our choosing.
	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Unix(0, 0), errors.New("too late"))
	defer dcancel()
	<-dctx.Done()
	fmt.Println("deadline err:", dctx.Err(), "| cause:", context.Cause(dctx))
	fmt.Println("uncancelled cause:", context.Cause(context.Background()))
}
