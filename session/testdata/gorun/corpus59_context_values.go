package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type ctxKey string

const (
	requestIDKey ctxKey = "requestID"
	userKey      ctxKey = "user"
)

type User struct {
	Name  string
	Admin bool
}

func handler(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	u, ok := ctx.Value(userKey).(*User)
	if !ok {
		return fmt.Sprintf("[%s] anonymous", id)
	}
	return fmt.Sprintf("[%s] %s admin=%v", id, u.Name, u.Admin)
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
			out <- fmt.Sprintf("job %d done by %s", j, ctx.Value(requestIDKey))
		}
	}
}

func main() {
	base := context.Background()
	ctx := context.WithValue(base, requestIDKey, "req-42")
	fmt.Println(handler(ctx))
	ctx2 := context.WithValue(ctx, userKey, &User{"ann", true})
	fmt.Println(handler(ctx2))
	fmt.Println(ctx2.Value("requestID"), ctx2.Value(requestIDKey))

	cctx, cancel := context.WithCancel(ctx2)
	fmt.Println(cctx.Err())
	cancel()
	<-cctx.Done()
	fmt.Println(cctx.Err(), errors.Is(cctx.Err(), context.Canceled), handler(cctx))

	cause := errors.New("shutting down")
	c2, cancel2 := context.WithCancelCause(base)
	cancel2(cause)
	fmt.Println(c2.Err(), context.Cause(c2))

	tctx, cancel3 := context.WithTimeout(base, 0)
	defer cancel3()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))

	jobs := make(chan int)
	out := make(chan string, 10)
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(wctx, 1, jobs, out, &wg)
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	stop()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println(context.TODO() != nil, ctx)
}
