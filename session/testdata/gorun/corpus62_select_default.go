package main

import "fmt"

func trySend(ch chan<- string, msg string) bool {
	select {
	case ch <- msg:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan string) (string, bool) {
	select {
	case m := <-ch:
		return m, true
	default:
		return "", false
	}
}

func main() {
	ch := make(chan string, 2)
	for _, m := range []string{"one", "two", "three"} {
		if trySend(ch, m) {
			fmt.Println("sent", m)
		} else {
			fmt.Println("dropped", m)
		}
	}
	for {
		m, ok := tryRecv(ch)
		if !ok {
			fmt.Println("no more messages")
			break
		}
		fmt.Println("received", m)
	}

	// A select with only default never blocks.
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel is never ready")
	}

	// Non-blocking multi-way select: the one ready channel is chosen.
	msgs := make(chan string, 1)
	signals := make(chan bool, 1)
	signals <- true
	select {
	case m := <-msgs:
		fmt.Println("message", m)
	case s := <-signals:
		fmt.Println("signal", s)
	default:
		fmt.Println("no activity")
	}
}
