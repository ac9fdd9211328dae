package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	b <- 2
	var got []int
	for i := 0; i < 2; i++ {
		select {
		case v := <-a:
			got = append(got, v)
		case v := <-b:
			got = append(got, v)
		}
	}
	sort.Ints(got)
	fmt.Println(got)

	select {
	case v := <-a:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}

	var nilCh chan int
	out := make(chan string, 1)
	select {
	case nilCh <- 1:
		fmt.Println("never")
	case out <- "sent":
	}
	fmt.Println(<-out)

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 1; ; i++ {
			select {
			case results <- i * i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v >= 25 {
			close(done)
			break
		}
	}
	fmt.Println("sum", sum)

	closed := make(chan int)
	close(closed)
	v, ok := <-closed
	fmt.Println(v, ok)
	select {
	case x, ok := <-closed:
		fmt.Println("closed read", x, ok)
	}
}
