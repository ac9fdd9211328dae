package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func FromSlice[T any](xs ...T) *Node[T] {
	var head *Node[T]
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node[T]{xs[i], head}
	}
	return head
}

func (n *Node[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for ; n != nil; n = n.Next {
			if !yield(n.Val) {
				return
			}
		}
	}
}

func (n *Node[T]) Reverse() *Node[T] {
	var prev *Node[T]
	for n != nil {
		n, n.Next, prev = n.Next, prev, n
	}
	return prev
}

func (n *Node[T]) Len() int {
	c := 0
	for range n.All() {
		c++
	}
	return c
}

func (n *Node[T]) String() string {
	var parts []string
	for v := range n.All() {
		parts = append(parts, fmt.Sprintf("%v", v))
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func MapList[T, U any](n *Node[T], f func(T) U) *Node[U] {
	dummy := &Node[U]{}
	tail := dummy
	for v := range n.All() {
		tail.Next = &Node[U]{Val: f(v)}
		tail = tail.Next
	}
	return dummy.Next
}

func Middle[T any](n *Node[T]) (T, bool) {
	if n == nil {
		var zero T
		return zero, false
	}
	slow, fast := n, n
	for fast.Next != nil && fast.Next.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow.Val, true
}

func main() {
	l := FromSlice(1, 2, 3, 4, 5)
	fmt.Println(l, l.Len())
	m, _ := Middle(l)
	fmt.Println("middle:", m)
	r := l.Reverse()
	fmt.Println(r, l)
	s := MapList(r, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(s)
	var empty *Node[float64]
	fmt.Println(empty.Len(), empty)
	v, ok := Middle(empty)
	fmt.Println(v, ok)
	fmt.Printf("%v\n", FromSlice("a", "b"))
}
