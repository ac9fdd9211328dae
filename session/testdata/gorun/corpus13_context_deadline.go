package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func slowOperation(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished after " + d.String(), nil
	case <-ctx.Done():
		return "", fmt.Errorf("slowOperation: %w", ctx.Err())
	}
}

func handle(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey("request-id")).(string)
	user, ok := ctx.Value(ctxKey("user")).(string)
	if !ok {
		user = "anonymous"
	}
	return fmt.Sprintf("request %s by %s", id, user)
}

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
		}
		if i == 3 {
			<-ctx.Done()
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	res, err := slowOperation(ctx, time.Millisecond)
	fmt.Println(res, err)
	res, err = slowOperation(ctx, 2*time.Second)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), ctx.Err())
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	base := context.WithValue(context.Background(), ctxKey("request-id"), "r-42")
	fmt.Println(handle(base))
	fmt.Println(handle(context.WithValue(base, ctxKey("user"), "gopher")))

	cctx, stop := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(cctx, 1, out)
	stop()
	fmt.Println(<-out)
	stop()
	fmt.Println(cctx.Err(), errors.Is(cctx.Err(), context.Canceled))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())

	cause := errors.New("shutting down")
	cc, ccf := context.WithCancelCause(context.Background())
	ccf(cause)
	fmt.Println(cc.Err(), context.Cause(cc))

	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	fmt.Println(dctx.Err())

	afterCalled := make(chan struct{})
	actx, acancel := context.WithCancel(context.Background())
	context.AfterFunc(actx, func() { close(afterCalled) })
	acancel()
	<-afterCalled
	fmt.Println("AfterFunc ran")

	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	ticks := 0
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-tctx.Done():
			break loop
		}
	}
	fmt.Println("ticked at least once:", ticks > 0)
}
