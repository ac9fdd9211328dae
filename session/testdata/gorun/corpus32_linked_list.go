package main

import "fmt"

type Node[T any] struct {
	Value T
	Next  *Node[T]
}

type LinkedList[T any] struct {
	head *Node[T]
	tail *Node[T]
	size int
}

func (l *LinkedList[T]) Append(v T) {
	n := &Node[T]{Value: v}
	if l.tail == nil {
		l.head = n
		l.tail = n
	} else {
		l.tail.Next = n
		l.tail = n
	}
	l.size++
}

func (l *LinkedList[T]) Prepend(v T) {
	n := &Node[T]{Value: v, Next: l.head}
	l.head = n
	if l.tail == nil {
		l.tail = n
	}
	l.size++
}

func (l *LinkedList[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.Next {
		f(i, n.Value)
		i++
	}
}

func (l *LinkedList[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	l.tail = l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *LinkedList[T]) Slice() []T {
	out := make([]T, 0, l.size)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func main() {
	var l LinkedList[string]
	l.Append("b")
	l.Append("c")
	l.Prepend("a")
	l.Each(func(i int, s string) { fmt.Printf("%d:%s ", i, s) })
	fmt.Println()
	l.Reverse()
	fmt.Println(l.Slice(), l.size)

	nums := &LinkedList[float64]{}
	for _, f := range []float64{1.5, 2.5, 3.5} {
		nums.Append(f)
	}
	total := 0.0
	nums.Each(func(_ int, f float64) { total += f })
	fmt.Println("total:", total)
}
