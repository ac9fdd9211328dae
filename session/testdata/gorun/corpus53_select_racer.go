package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timed out waiting")

// A fake server: its channel closes when it "responds".
type fakeServer struct {
	name  string
	ready chan struct{}
}

func newServer(name string) *fakeServer {
	return &fakeServer{name: name, ready: make(chan struct{})}
}

func (s *fakeServer) respond() { close(s.ready) }

func ping(s *fakeServer) chan struct{} {
	ch := make(chan struct{})
	go func() {
		<-s.ready
		close(ch)
	}()
	return ch
}

func Racer(a, b *fakeServer, timeout <-chan struct{}) (string, error) {
	select {
	case <-ping(a):
		return a.name, nil
	case <-ping(b):
		return b.name, nil
	case <-timeout:
		return "", ErrTimeout
	}
}

func main() {
	slow, fast := newServer("http://slow"), newServer("http://fast")
	fast.respond()
	winner, err := Racer(slow, fast, nil)
	fmt.Println("winner:", winner, err)

	slow2, fast2 := newServer("slow2"), newServer("fast2")
	slow2.respond()
	winner, err = Racer(slow2, fast2, nil)
	fmt.Println("winner:", winner, err)

	neverA, neverB := newServer("a"), newServer("b")
	timeout := make(chan struct{})
	close(timeout)
	winner, err = Racer(neverA, neverB, timeout)
	fmt.Printf("winner: %q err: %v is timeout: %v\n", winner, err, errors.Is(err, ErrTimeout))

	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 7
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("nothing ready")
	}
}
