package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

type Set[E comparable] struct {
	m map[E]struct{}
}

func NewSet[E comparable](xs ...E) *Set[E] {
	s := &Set[E]{m: make(map[E]struct{})}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for v := range s.m {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	var l List[string]
	for _, w := range strings.Fields("c b a") {
		l.Push(w)
	}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(l.size)
	fmt.Println(slices.Collect(l.All()))

	s := NewSet(3, 1, 2, 3, 1)
	sorted := slices.Sorted(s.All())
	fmt.Println(sorted)

	count := 0
	for range s.All() {
		count++
		if count == 2 {
			break
		}
	}
	fmt.Println("stopped after", count)

	lines := "first\nsecond\nthird\n"
	for line := range strings.Lines(lines) {
		fmt.Printf("%q\n", line)
	}
	fmt.Println(slices.Collect(strings.FieldsSeq(" x  y z ")))
}
