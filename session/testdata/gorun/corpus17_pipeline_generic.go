package main

import (
	"context"
	"fmt"
	"sync"
)

func Generate[T any](ctx context.Context, xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			select {
			case out <- x:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func Stage[T, U any](ctx context.Context, in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T, 10)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nums := Generate(ctx, 1, 2, 3, 4)
	sq := Stage(ctx, nums, func(n int) int { return n * n })
	strs := Stage(ctx, sq, func(n int) string { return fmt.Sprintf("#%d", n) })
	for s := range strs {
		fmt.Println(s)
	}
	sum := 0
	for v := range Merge(Generate(ctx, 1, 2), Generate(ctx, 10, 20), Generate(ctx, 100)) {
		sum += v
	}
	fmt.Println("sum", sum)
	ctx2, cancel2 := context.WithCancel(context.Background())
	first := Generate(ctx2, "a", "b", "c")
	fmt.Println(<-first)
	cancel2()
	n := 0
	for range first {
		n++
	}
	fmt.Println("after cancel at most", n <= 1)
}
