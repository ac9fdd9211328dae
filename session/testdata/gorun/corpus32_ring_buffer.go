package main

import (
	"errors"
	"fmt"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

var ErrFull = errors.New("ring full")

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Overwrite(v T) {
	if r.size == len(r.buf) {
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	_ = r.Push(v)
}

func (r *Ring[T]) Pop() (v T, ok bool) {
	if r.size == 0 {
		return v, false
	}
	v = r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring[T]) Items() []T {
	out := make([]T, r.size)
	for i := range r.size {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 4; i++ {
		if err := r.Push(i); err != nil {
			fmt.Println("push", i, "->", err)
		}
	}
	fmt.Println(r.Items())
	v, _ := r.Pop()
	fmt.Println("popped", v)
	r.Overwrite(5)
	r.Overwrite(6)
	r.Overwrite(7)
	fmt.Println(r.Items())
	logs := NewRing[string](2)
	for _, s := range []string{"boot", "load", "run", "stop"} {
		logs.Overwrite(s)
	}
	fmt.Printf("%q\n", logs.Items())
	for {
		s, ok := logs.Pop()
		if !ok {
			break
		}
		fmt.Println(s)
	}
}
