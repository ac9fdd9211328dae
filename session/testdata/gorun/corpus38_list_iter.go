package main

import (
	"fmt"
	"iter"
)

type Element[T any] struct {
	Value      T
	next, prev *Element[T]
}

type List[T any] struct {
	head, tail *Element[T]
	len        int
}

func (l *List[T]) PushBack(v T) *Element[T] {
	e := &Element[T]{Value: v, prev: l.tail}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.len++
	return e
}

func (l *List[T]) PushFront(v T) *Element[T] {
	e := &Element[T]{Value: v, next: l.head}
	if l.head == nil {
		l.tail = e
	} else {
		l.head.prev = e
	}
	l.head = e
	l.len++
	return e
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.Value) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.tail; e != nil; e = e.prev {
			if !yield(e.Value) {
				return
			}
		}
	}
}

func (l *List[T]) String() string {
	s := "["
	for i, v := range l.All() {
		if i > 0 {
			s += " -> "
		}
		s += fmt.Sprint(v)
	}
	return s + "]"
}

type city struct {
	Name string
	Pop  int
}

func main() {
	l := &List[int]{}
	for i := range 4 {
		l.PushBack(i * 10)
	}
	l.PushFront(-5)
	fmt.Println(l, "len", l.len)
	for i, v := range l.All() {
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()
	for v := range l.Backward() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	cities := &List[city]{}
	cities.PushBack(city{"Oslo", 700000})
	cities.PushBack(city{"Bergen", 285000})
	fmt.Println(cities)
	for _, c := range cities.All() {
		fmt.Printf("%+v\n", c)
	}
}
