package main

import (
	"fmt"
)

func safeClose(ch chan int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	close(ch)
	return nil
}

func safeSend(ch chan int, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	ch <- v
	return nil
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)

	// Buffered values are still delivered after close.
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	// Then the zero value, forever.
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, <-ch, len(ch), cap(ch))

	fmt.Println(safeClose(ch))
	fmt.Println(safeSend(ch, 5))

	var nilCh chan int
	fmt.Println(safeClose(nilCh))

	// range stops at close.
	jobs := make(chan string)
	go func() {
		defer close(jobs)
		for _, j := range []string{"a", "b", "c"} {
			jobs <- j
		}
	}()
	for j := range jobs {
		fmt.Print(j, " ")
	}
	fmt.Println()

	// A nil channel in select is never ready.
	var never chan int
	ready := make(chan int, 1)
	ready <- 42
	select {
	case x := <-never:
		fmt.Println("impossible", x)
	case x := <-ready:
		fmt.Println("ready", x)
	}

	// Closing broadcasts to all receivers.
	start := make(chan struct{})
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func() {
			<-start
			results <- i * 10
		}()
	}
	close(start)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)

	// default makes a non-blocking receive.
	empty := make(chan int)
	select {
	case <-empty:
		fmt.Println("no")
	default:
		fmt.Println("would block")
	}

	// Direction-restricted channels.
	var sendOnly chan<- int = ready
	var recvOnly <-chan int = ready
	sendOnly <- 7
	fmt.Println(<-recvOnly)
}
