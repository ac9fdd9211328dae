package main

import (
	"context"
	"errors"
	"fmt"
)

func generate(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		n := 1
		for {
			select {
			case <-ctx.Done():
				return
			case ch <- n:
				n++
			}
		}
	}()
	return ch
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	for n := range generate(ctx) {
		fmt.Println("got", n)
		if n == 5 {
			cancel()
			break
		}
	}
	<-ctx.Done()
	fmt.Println("err:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))

	// Cancelling a parent cancels its children, not the other way round.
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println("child err:", child.Err())

	p2, c2 := context.WithCancel(context.Background())
	defer c2()
	ch2, cancelCh2 := context.WithCancel(p2)
	cancelCh2()
	fmt.Println("child2:", ch2.Err(), "parent2:", p2.Err())
}
