package main

import (
	"errors"
	"fmt"
)

type Future[T any] struct {
	ch  chan struct{}
	v   T
	err error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fut := &Future[T]{ch: make(chan struct{})}
	go func() {
		defer close(fut.ch)
		fut.v, fut.err = f()
	}()
	return fut
}

func (f *Future[T]) Await() (T, error) {
	<-f.ch
	return f.v, f.err
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	a := Async(func() (int, error) { return fib(20), nil })
	b := Async(func() (string, error) { return "hello", nil })
	c := Async(func() (int, error) { return 0, errors.New("lookup failed") })

	av, aerr := a.Await()
	fmt.Println("a:", av, aerr)
	bv, berr := b.Await()
	fmt.Println("b:", bv, berr)
	cv, cerr := c.Await()
	fmt.Println("c:", cv, cerr)

	// Awaiting again returns the same result.
	av2, _ := a.Await()
	fmt.Println("again:", av2 == av)

	// A promise as a plain one-shot channel.
	promise := make(chan int, 1)
	go func() { promise <- fib(15) }()
	fmt.Println("promise:", <-promise)
}
