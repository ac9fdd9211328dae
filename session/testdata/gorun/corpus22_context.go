package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key int

const (
	userKey key = iota
	requestIDKey
)

type User struct{ Name string }

func NewContext(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func FromContext(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey).(*User)
	return u, ok
}

func handle(ctx context.Context) string {
	u, ok := FromContext(ctx)
	if !ok {
		return "anonymous"
	}
	id, _ := ctx.Value(requestIDKey).(string)
	return u.Name + " (" + id + ")"
}

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			out <- fmt.Sprintf("job %d squared %d", j, j*j)
		}
	}
}

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(2 * time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx := context.Background()
	fmt.Println(handle(ctx))
	ctx = NewContext(ctx, &User{"gopher"})
	ctx = context.WithValue(ctx, requestIDKey, "req-42")
	fmt.Println(handle(ctx))
	fmt.Println(ctx.Value("userKey") == nil, ctx.Value(0) == nil)

	cctx, cancel := context.WithCancel(ctx)
	fmt.Println("before cancel:", cctx.Err())
	cancel()
	<-cctx.Done()
	fmt.Println("after cancel:", cctx.Err(), handle(cctx))
	fmt.Println("parent still fine:", ctx.Err())

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx)
	fmt.Println("slowOp:", err, errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := tctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	wctx, wcancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(wctx, i, jobs, out, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	wcancel()
	wg.Wait()
	close(out)
	count := 0
	for range out {
		count++
	}
	fmt.Println("results:", count)

	cause := errors.New("shutting down")
	cc, ccancel := context.WithCancelCause(context.Background())
	ccancel(cause)
	fmt.Println(cc.Err(), context.Cause(cc))
	stop := context.AfterFunc(cc, func() {})
	fmt.Println("stop:", stop())
}
