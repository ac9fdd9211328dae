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

type LinkedList[T any] struct {
	head *Node[T]
	tail *Node[T]
	size int
}

func (l *LinkedList[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.Next = n
		l.tail = n
	}
	l.size++
}

func (l *LinkedList[T]) PushFront(v T) {
	l.head = &Node[T]{Val: v, Next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *LinkedList[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	l.tail = l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *LinkedList[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.Next {
			if !yield(i, n.Val) {
				return
			}
			i++
		}
	}
}

func (l *LinkedList[T]) String() string {
	var sb strings.Builder
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
	}
	return sb.String()
}

func Map[T, U any](l *LinkedList[T], f func(T) U) *LinkedList[U] {
	out := &LinkedList[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

func middle[T any](head *Node[T]) *Node[T] {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	return slow
}

func main() {
	var l LinkedList[int]
	for i := range 5 {
		l.PushBack(i * 10)
	}
	l.PushFront(-5)
	fmt.Println(&l, "size", l.size)
	fmt.Println("middle:", middle(l.head).Val)
	l.Reverse()
	fmt.Println("reversed:", l.String(), "tail", l.tail.Val)

	strs := Map(&l, func(v int) string { return fmt.Sprintf("<%d>", v) })
	fmt.Println(strs)
	for i, s := range strs.All() {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
}
