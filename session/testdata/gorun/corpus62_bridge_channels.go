package main

import "fmt"

// bridge flattens a channel of channels into one channel, in order.
func bridge(done <-chan struct{}, chanStream <-chan <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			var stream <-chan int
			select {
			case s, ok := <-chanStream:
				if !ok {
					return
				}
				stream = s
			case <-done:
				return
			}
			for v := range stream {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func genStreams(n int) <-chan <-chan int {
	cs := make(chan (<-chan int))
	go func() {
		defer close(cs)
		for i := 0; i < n; i++ {
			s := make(chan int, 3)
			for j := 0; j < 3; j++ {
				s <- i*10 + j
			}
			close(s)
			cs <- s
		}
	}()
	return cs
}

func main() {
	done := make(chan struct{})
	defer close(done)
	for v := range bridge(done, genStreams(4)) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// A channel of result channels preserves request order.
	requests := []string{"a", "bb", "ccc"}
	replies := make(chan chan int, len(requests))
	for _, r := range requests {
		reply := make(chan int, 1)
		replies <- reply
		go func() { reply <- len(r) }()
	}
	close(replies)
	for reply := range replies {
		fmt.Println("reply:", <-reply)
	}
}
