package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	value      T
	prev, next *node[T]
}

type LinkedList[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *LinkedList[T]) PushBack(v T) {
	n := &node[T]{value: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *LinkedList[T]) PushFront(v T) {
	n := &node[T]{value: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

func (l *LinkedList[T]) PopFront() (T, bool) {
	var zero T
	if l.head == nil {
		return zero, false
	}
	n := l.head
	l.head = n.next
	if l.head == nil {
		l.tail = nil
	} else {
		l.head.prev = nil
	}
	l.size--
	return n.value, true
}

func (l *LinkedList[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.value) {
				return
			}
		}
	}
}

func (l *LinkedList[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.tail; n != nil; n = n.prev {
			if !yield(n.value) {
				return
			}
		}
	}
}

func (l *LinkedList[T]) Len() int { return l.size }

func (l *LinkedList[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	first := true
	for v := range l.All() {
		if !first {
			sb.WriteString(" <-> ")
		}
		first = false
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var l LinkedList[int]
	for i := range 5 {
		l.PushBack(i * 10)
	}
	l.PushFront(-1)
	fmt.Println(l.String(), "len", l.Len())

	for v := range l.Backward() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for v := range l.All() {
		if v > 20 {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()

	v, ok := l.PopFront()
	fmt.Println(v, ok, l.Len())

	words := &LinkedList[string]{}
	words.PushBack("generic")
	words.PushBack("lists")
	words.PushFront("doubly")
	fmt.Println(words)
	for {
		w, ok := words.PopFront()
		if !ok {
			break
		}
		fmt.Println("popped", w)
	}
	fmt.Println(words.Len(), words.String())
}
