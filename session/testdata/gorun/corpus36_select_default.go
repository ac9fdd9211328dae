package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Printf("send %d: %v\n", i, trySend(ch, i))
	}
	fmt.Println("len/cap:", len(ch), cap(ch))
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Printf("recv: %d %v\n", v, ok)
	}

	unbuf := make(chan string)
	select {
	case unbuf <- "x":
		fmt.Println("sent on unbuffered (no receiver)?!")
	default:
		fmt.Println("unbuffered send would block")
	}

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(done)
		for v := range results {
			fmt.Println("worker got", v)
		}
	}()
	for i := 0; i < 3; i++ {
		results <- i * i
	}
	close(results)
	<-done

	counts := 0
	sem := make(chan struct{}, 3)
	for i := 0; i < 5; i++ {
		select {
		case sem <- struct{}{}:
			counts++
		default:
			fmt.Println("semaphore full at", i)
		}
	}
	fmt.Println("acquired:", counts)

	select {
	default:
		fmt.Println("only default")
	}
}
