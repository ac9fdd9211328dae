package main

import "fmt"

func repeat(done <-chan struct{}, values ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for {
			for _, v := range values {
				select {
				case <-done:
					return
				case out <- v:
				}
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case <-done:
				return
			case v, ok := <-in:
				if !ok {
					return
				}
				out <- v
			}
		}
	}()
	return out
}

func fib(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for {
			select {
			case ch <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return ch
}

func main() {
	done := make(chan struct{})
	for s := range take(done, repeat(done, "ping", "pong", "pang"), 7) {
		fmt.Print(s, " ")
	}
	fmt.Println()
	close(done)

	done2 := make(chan struct{})
	f := fib(done2)
	for i := 0; i < 12; i++ {
		fmt.Print(<-f, ",")
	}
	fmt.Println()
	close(done2)
	// Drain until the generator notices done and closes its channel.
	for range f {
	}
	fmt.Println("generator stopped")
}
