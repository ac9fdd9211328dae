package main

import (
	"fmt"
	"sync"
)

type msg struct {
	id   int
	text string
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)

	// Buffered values are still delivered after close.
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	fmt.Println("plain receive after drain:", <-ch)

	ms := make(chan msg)
	close(ms)
	m, ok := <-ms
	fmt.Printf("%+v %v\n", m, ok)

	ps := make(chan *msg)
	close(ps)
	fmt.Println(<-ps == nil)

	// range stops at close.
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := range 4 {
			nums <- i * i
		}
	}()
	for n := range nums {
		fmt.Print(n, " ")
	}
	fmt.Println()

	// Close as a broadcast.
	done := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-done
			results[i] = fmt.Sprint("worker ", i, " released")
		}()
	}
	close(done)
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	// Sending on or closing a closed channel panics.
	send := func() (err any) {
		defer func() { err = recover() }()
		ch <- 3
		return nil
	}
	fmt.Println("send:", send())
	closeAgain := func() (err any) {
		defer func() { err = recover() }()
		close(ch)
		return nil
	}
	fmt.Println("close:", closeAgain())
	closeNil := func() (err any) {
		defer func() { err = recover() }()
		var c chan int
		close(c)
		return nil
	}
	fmt.Println("close nil:", closeNil())
	fmt.Println(len(ch), cap(ch))
}
