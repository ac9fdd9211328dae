package main

import (
	"errors"
	"fmt"
)

type RingQueue struct {
	buf        []int
	head, tail int
	count      int
}

var ErrFull = errors.New("queue full")

func NewRingQueue(capacity int) *RingQueue {
	return &RingQueue{buf: make([]int, capacity)}
}

func (q *RingQueue) Enqueue(v int) error {
	if q.count == len(q.buf) {
		return fmt.Errorf("enqueue %d: %w", v, ErrFull)
	}
	q.buf[q.tail] = v
	q.tail = (q.tail + 1) % len(q.buf)
	q.count++
	return nil
}

func (q *RingQueue) Dequeue() (int, bool) {
	if q.count == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.count--
	return v, true
}

func main() {
	q := NewRingQueue(3)
	for i := 1; i <= 4; i++ {
		if err := q.Enqueue(i); err != nil {
			fmt.Println("error:", err)
			fmt.Println("is ErrFull:", errors.Is(err, ErrFull))
		}
	}
	v, _ := q.Dequeue()
	fmt.Println("dequeued", v)
	q.Enqueue(5)
	q.Enqueue(6)
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Printf("state: head=%d tail=%d count=%d buf=%v\n", q.head, q.tail, q.count, q.buf)
}
