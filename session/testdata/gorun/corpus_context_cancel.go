package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, steps int) error {
	for i := 0; i < steps; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		if i == 2 {
			return nil
		}
	}
	return nil
}

type key string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(work(ctx, 5))
	cancel()
	fmt.Println(work(ctx, 5))
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))
	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timed out:", tctx.Err())
	case <-time.After(2 * time.Second):
		fmt.Println("too slow")
	}
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("missing")))
	results := make(chan int)
	gctx, gcancel := context.WithCancel(context.Background())
	go func() {
		defer close(results)
		for n := 0; ; n++ {
			select {
			case <-gctx.Done():
				return
			case results <- n:
			}
		}
	}()
	for v := range results {
		if v == 3 {
			gcancel()
			break
		}
		fmt.Println("got", v)
	}
}
