package main

import (
	"fmt"
	"iter"
)

// Numbers yields values produced by a goroutine; stopping early
// closes the done channel so the goroutine exits.
func Numbers(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		ch := make(chan int)
		done := make(chan struct{})
		finished := make(chan struct{})
		go func() {
			defer close(finished)
			defer close(ch)
			for i := 0; i < n; i++ {
				select {
				case ch <- i * i:
				case <-done:
					return
				}
			}
		}()
		defer func() {
			close(done)
			<-finished
		}()
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	for v := range Numbers(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for i, v := range Enumerate(Numbers(100)) {
		if v > 50 {
			fmt.Println("stop at index", i, "value", v)
			break
		}
	}

	next, stop := iter.Pull(Numbers(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
}
