package main

import "fmt"

type DNode[T any] struct {
	Val        T
	Prev, Next *DNode[T]
}

type DList[T any] struct {
	sentinel DNode[T]
	length   int
}

func NewDList[T any]() *DList[T] {
	l := &DList[T]{}
	l.sentinel.Next = &l.sentinel
	l.sentinel.Prev = &l.sentinel
	return l
}

func (l *DList[T]) insertAfter(at *DNode[T], v T) *DNode[T] {
	n := &DNode[T]{Val: v, Prev: at, Next: at.Next}
	at.Next.Prev = n
	at.Next = n
	l.length++
	return n
}

func (l *DList[T]) PushFront(v T) *DNode[T] { return l.insertAfter(&l.sentinel, v) }
func (l *DList[T]) PushBack(v T) *DNode[T]  { return l.insertAfter(l.sentinel.Prev, v) }

func (l *DList[T]) Remove(n *DNode[T]) T {
	n.Prev.Next = n.Next
	n.Next.Prev = n.Prev
	n.Prev, n.Next = nil, nil
	l.length--
	return n.Val
}

func (l *DList[T]) Forward() []T {
	var out []T
	for n := l.sentinel.Next; n != &l.sentinel; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func (l *DList[T]) Backward() []T {
	var out []T
	for n := l.sentinel.Prev; n != &l.sentinel; n = n.Prev {
		out = append(out, n.Val)
	}
	return out
}

func main() {
	l := NewDList[string]()
	l.PushBack("b")
	c := l.PushBack("c")
	l.PushFront("a")
	l.PushBack("d")
	fmt.Println("forward: ", l.Forward())
	fmt.Println("backward:", l.Backward())
	fmt.Println("removed:", l.Remove(c), "len:", l.length)
	fmt.Println("forward: ", l.Forward())

	nums := NewDList[float64]()
	for _, f := range []float64{1.5, 2.25, 3} {
		nums.PushFront(f)
	}
	fmt.Printf("%v %d\n", nums.Forward(), nums.length)
}
