package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Future holds a value computed in the background.
type Future[T any] struct {
	ch  chan struct{}
	val T
	err error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fut := &Future[T]{ch: make(chan struct{})}
	go func() {
		defer close(fut.ch)
		fut.val, fut.err = f()
	}()
	return fut
}

func (f *Future[T]) Await() (T, error) {
	<-f.ch
	return f.val, f.err
}

func main() {
	a := Async(func() (int, error) { return strconv.Atoi("123") })
	b := Async(func() (int, error) { return strconv.Atoi("x9") })
	c := Async(func() (string, error) { return "hello", nil })

	va, ea := a.Await()
	fmt.Println(va, ea)
	vb, eb := b.Await()
	fmt.Println(vb, eb)
	var numErr *strconv.NumError
	fmt.Println("is NumError:", errors.As(eb, &numErr), numErr.Func)
	vc, _ := c.Await()
	fmt.Println(vc)

	// Await twice returns the same result.
	again, _ := a.Await()
	fmt.Println("again:", again)

	futs := make([]*Future[int], 5)
	for i := range futs {
		futs[i] = Async(func() (int, error) { return i * i, nil })
	}
	sum := 0
	for _, f := range futs {
		v, _ := f.Await()
		sum += v
	}
	fmt.Println("sum of squares:", sum)
}
