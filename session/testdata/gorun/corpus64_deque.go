package main

import (
	"container/list"
	"fmt"
)

// Deque is a generic double-ended queue backed by a growable ring.
type Deque[T any] struct {
	buf   []T
	head  int
	count int
}

func (d *Deque[T]) grow() {
	n := max(4, len(d.buf)*2)
	nb := make([]T, n)
	for i := 0; i < d.count; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.count)%len(d.buf)] = v
	d.count++
}

func (d *Deque[T]) PushFront(v T) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.count++
}

func (d *Deque[T]) PopFront() T {
	v := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.count--
	return v
}

func (d *Deque[T]) PopBack() T {
	d.count--
	return d.buf[(d.head+d.count)%len(d.buf)]
}

func (d *Deque[T]) Front() T { return d.buf[d.head] }
func (d *Deque[T]) Back() T  { return d.buf[(d.head+d.count-1)%len(d.buf)] }
func (d *Deque[T]) Len() int { return d.count }

// slidingMax returns the maximum of every window of size k.
func slidingMax(nums []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, n := range nums {
		for dq.Len() > 0 && nums[dq.Back()] <= n {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.Front() <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, nums[dq.Front()])
		}
	}
	return out
}

func main() {
	var d Deque[string]
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	d.PushFront("z")
	d.PushBack("d")
	fmt.Println(d.Len(), d.Front(), d.Back(), len(d.buf))
	for d.Len() > 1 {
		fmt.Print(d.PopFront(), d.PopBack(), " ")
	}
	fmt.Println(d.PopFront())
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))

	l := list.New()
	l.PushBack(2)
	l.PushBack(3)
	l.PushFront(1)
	mid := l.Front().Next()
	l.InsertAfter(25, mid)
	l.MoveToBack(l.Front())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
}
