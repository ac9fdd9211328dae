package main

import (
	"fmt"
	"iter"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (evicted T, full bool) {
	if r.size == len(r.buf) {
		evicted = r.buf[r.head]
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return evicted, true
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return
}

func (r *Ring[T]) Pop() (v T, ok bool) {
	if r.size == 0 {
		return
	}
	v = r.buf[r.head]
	var zero T
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.size; i++ {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 5; i++ {
		if old, full := r.Push(i * i); full {
			fmt.Println("dropped", old)
		}
	}
	for i, v := range r.All() {
		fmt.Printf("[%d]=%d ", i, v)
	}
	fmt.Println()
	v, ok := r.Pop()
	fmt.Println(v, ok)
	r.Push(100)
	for _, v := range r.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for {
		v, ok := r.Pop()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	last, ok := r.Pop()
	fmt.Println(last, ok)

	logs := NewRing[string](2)
	logs.Push("boot")
	logs.Push("login")
	e, _ := logs.Push("logout")
	fmt.Printf("%q %v\n", e, logs.buf)
}
