package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.next != nil {
			cur = cur.next
		}
		cur.next = n
	}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List[T]) All() []T {
	out := make([]T, 0, l.size)
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for n := l.head; n != nil; n = n.next {
		out.PushBack(f(n.val))
	}
	return out
}

func main() {
	var l List[int]
	l.PushBack(2)
	l.PushBack(3)
	l.PushFront(1)
	fmt.Println(l.All(), l.size)
	l.Reverse()
	fmt.Println(l.All())
	strs := MapList(&l, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(strs.All(), strs.size)
	fmt.Printf("%T\n", strs)
	empty := List[string]{}
	empty.Reverse()
	fmt.Println(empty.All(), len(empty.All()))
}
