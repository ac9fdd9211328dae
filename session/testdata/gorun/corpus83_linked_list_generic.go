package main

import (
	"fmt"
	"iter"
	"strings"
)

type List[T any] struct {
	head, tail *elem[T]
	n          int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) PushBack(v T) {
	e := &elem[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = e, e
	} else {
		l.tail.next = e
		l.tail = e
	}
	l.n++
}

func (l *List[T]) PushFront(v T) {
	l.head = &elem[T]{val: v, next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) Reverse() {
	var prev *elem[T]
	cur := l.head
	l.tail = l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

func main() {
	l := &List[int]{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(l, l.n)
	l.Reverse()
	fmt.Println(l)
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()
	s := Map(l, func(v int) string { return fmt.Sprintf("<%d>", v) })
	fmt.Println(s.String(), s.n)
	var empty List[float64]
	fmt.Println(empty.String(), empty.head == nil)
}
