package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func doSomething(ctx context.Context) {
	ctx, cancelCtx := context.WithCancel(ctx)
	printCh := make(chan int)
	done := make(chan struct{})
	go doAnother(ctx, printCh, done)

	for num := 1; num <= 3; num++ {
		printCh <- num
	}
	cancelCtx()
	<-done
	fmt.Println("doSomething: finished")
}

func doAnother(ctx context.Context, printCh <-chan int, done chan<- struct{}) {
	defer close(done)
	for {
		select {
		case <-ctx.Done():
			if err := ctx.Err(); err != nil {
				fmt.Printf("doAnother err: %s\n", err)
			}
			fmt.Println("doAnother: finished")
			return
		case num := <-printCh:
			fmt.Printf("doAnother: %d\n", num)
		}
	}
}

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(5 * time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, ctxKey("myKey"), "myValue")
	fmt.Println("value:", ctx.Value(ctxKey("myKey")), ctx.Value(ctxKey("other")))
	doSomething(ctx)

	tctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slowOp(tctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	ccancel()
	<-cctx.Done()
	fmt.Println(cctx.Err(), errors.Is(cctx.Err(), context.Canceled))

	cause := errors.New("shutting down")
	kctx, kcancel := context.WithCancelCause(context.Background())
	kcancel(cause)
	fmt.Println(kctx.Err(), context.Cause(kctx))

	_, hasDeadline := context.Background().Deadline()
	fmt.Println("background has deadline:", hasDeadline)
	fmt.Println(context.TODO())
}
