package main

import (
	"fmt"
	"strings"
)

// RingBuffer is a fixed-capacity FIFO that overwrites the oldest element when full.
type RingBuffer[T any] struct {
	buf        []T
	head, tail int
	count      int
}

func NewRingBuffer[T any](capacity int) *RingBuffer[T] {
	return &RingBuffer[T]{buf: make([]T, capacity)}
}

func (r *RingBuffer[T]) Push(v T) (overwritten bool) {
	if r.count == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
		overwritten = true
	} else {
		r.count++
	}
	r.buf[r.tail] = v
	r.tail = (r.tail + 1) % len(r.buf)
	return
}

func (r *RingBuffer[T]) Pop() (v T, ok bool) {
	if r.count == 0 {
		return v, false
	}
	v = r.buf[r.head]
	var zero T
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.count--
	return v, true
}

func (r *RingBuffer[T]) Items() []T {
	out := make([]T, r.count)
	for i := 0; i < r.count; i++ {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

func (r *RingBuffer[T]) String() string {
	parts := make([]string, 0, r.count)
	for _, it := range r.Items() {
		parts = append(parts, fmt.Sprint(it))
	}
	return "Ring(" + strings.Join(parts, ",") + ")"
}

func main() {
	rb := NewRingBuffer[int](3)
	for i := 1; i <= 5; i++ {
		if rb.Push(i) {
			fmt.Printf("push %d overwrote oldest -> %v\n", i, rb)
		} else {
			fmt.Printf("push %d -> %v\n", i, rb)
		}
	}
	v, ok := rb.Pop()
	fmt.Println("pop:", v, ok, rb)
	rb.Push(6)
	fmt.Println(rb.Items(), len(rb.buf), rb.count)
	for {
		v, ok := rb.Pop()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()

	logs := NewRingBuffer[string](2)
	for _, line := range []string{"start", "load", "run", "stop"} {
		logs.Push(line)
	}
	fmt.Printf("last logs: %q\n", logs.Items())
}
