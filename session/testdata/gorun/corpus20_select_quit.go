package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func fibGen(ch chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case ch <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("generator quit")
			close(ch)
			return
		}
	}
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ch := make(chan int)
	quit := make(chan struct{})
	go fibGen(ch, quit)
	for i := 0; i < 10; i++ {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	close(quit)
	for range ch {
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, 2*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(slowOp(ctx2, time.Second))
	fmt.Println(slowOp(context.Background(), time.Millisecond))

	a := make(chan string, 1)
	b := make(chan string, 1)
	a <- "from a"
	var got []string
	for len(got) < 2 {
		select {
		case s := <-a:
			got = append(got, s)
			b <- "from b"
		case s := <-b:
			got = append(got, s)
		}
	}
	fmt.Println(got)

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("never", v)
	default:
		fmt.Println("nil channel blocks; default taken")
	}

	timer := time.NewTimer(time.Hour)
	stopped := timer.Stop()
	fmt.Println("stopped:", stopped)

	type msg struct {
		id   int
		body string
	}
	msgs := make(chan msg, 3)
	for i := 1; i <= 3; i++ {
		msgs <- msg{i, fmt.Sprint("m", i)}
	}
	close(msgs)
	for m := range msgs {
		fmt.Printf("%+v ", m)
	}
	fmt.Println()
}
