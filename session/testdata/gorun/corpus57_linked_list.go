package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("list is empty")

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) PushFront(v T) {
	n := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

func (l *List[T]) PopFront() (T, error) {
	var zero T
	if l.head == nil {
		return zero, ErrEmpty
	}
	n := l.head
	l.head = n.next
	if l.head == nil {
		l.tail = nil
	} else {
		l.head.prev = nil
	}
	l.size--
	return n.val, nil
}

func (l *List[T]) Reverse() {
	for n := l.head; n != nil; n = n.prev {
		n.next, n.prev = n.prev, n.next
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List[T]) String() string {
	parts := []string{}
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for n := l.head; n != nil; n = n.next {
		out.PushBack(f(n.val))
	}
	return out
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	v, err := l.PopFront()
	fmt.Println(v, err, l)
	s := Map(l, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(s)
	fmt.Printf("%v %d\n", s, s.size)
	e := FromSlice([]string{})
	x, err := e.PopFront()
	fmt.Printf("%q %v %v\n", x, err, errors.Is(err, ErrEmpty))
	var pl List[float64]
	pl.PushBack(1.5)
	pl.PushBack(2.25)
	fmt.Println(pl.String(), pl.head.val+pl.tail.val)
}
