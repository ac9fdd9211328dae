package main

import (
	"context"
	"errors"
	"fmt"
)

type key string

func main() {
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))

	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("cleanup ran")
		close(done)
	})
	_ = stop

	detached := context.WithoutCancel(ctx)

	cancel()
	<-done
	fmt.Println("ctx err:", ctx.Err())
	fmt.Println("detached err:", detached.Err())
	fmt.Println("detached value:", detached.Value(key("user")))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown requested"))
	fmt.Println(ctx2.Err(), "|", context.Cause(ctx2))

	ctx3, cancel3 := context.WithCancel(context.Background())
	stop3 := context.AfterFunc(ctx3, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop3())
	cancel3()
	fmt.Println("after cancel3:", ctx3.Err())
}
