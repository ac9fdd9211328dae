package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func generate(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx := context.Background()
	for v := range square(ctx, square(ctx, generate(ctx, 1, 2, 3))) {
		fmt.Println(v)
	}
	in := generate(ctx, 1, 2, 3, 4, 5, 6)
	sum := 0
	for v := range merge(square(ctx, in), square(ctx, in)) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	ctx2, cancel := context.WithCancel(context.Background())
	src := generate(ctx2, 10, 20, 30, 40)
	fmt.Println(<-src, <-src)
	cancel()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))

	ctx3 := context.WithValue(context.Background(), "user", "ann")
	fmt.Println(ctx3.Value("user"), ctx3.Value("missing"))

	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)

	done := make(chan struct{})
	data := make(chan string)
	go func() {
		defer close(done)
		for s := range data {
			fmt.Println("got", s)
		}
	}()
	for _, s := range []string{"a", "b"} {
		data <- s
	}
	close(data)
	<-done
}
