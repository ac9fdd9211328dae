package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("cleanup ran after cancel")
	})
	fmt.Println("before cancel")
	cancel()
	wg.Wait()
	fmt.Println("stop after run:", stop())

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never printed") })
	fmt.Println("stopped in time:", stop2())
	cancel2()

	// WithoutCancel keeps values but ignores the parent's cancellation.
	type key struct{}
	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), key{}, "trace-7"))
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println("parent err:", parent.Err())
	fmt.Println("detached err:", detached.Err())
	fmt.Println("detached value:", detached.Value(key{}))
}
