package main

import "fmt"

type element[T any] struct {
	val        T
	prev, next *element[T]
}

// List is a generic doubly linked list with a sentinel-free design.
type List[T any] struct {
	head, tail *element[T]
	length     int
}

func New[T any](items ...T) *List[T] {
	l := &List[T]{}
	for _, it := range items {
		l.Append(it)
	}
	return l
}

func (l *List[T]) Append(v T) {
	e := &element[T]{val: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = e
	} else {
		l.head = e
	}
	l.tail = e
	l.length++
}

func (l *List[T]) Prepend(v T) {
	e := &element[T]{val: v, next: l.head}
	if l.head != nil {
		l.head.prev = e
	} else {
		l.tail = e
	}
	l.head = e
	l.length++
}

func (l *List[T]) PopBack() (T, bool) {
	var zero T
	if l.tail == nil {
		return zero, false
	}
	e := l.tail
	l.tail = e.prev
	if l.tail == nil {
		l.head = nil
	} else {
		l.tail.next = nil
	}
	l.length--
	return e.val, true
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for e := l.head; e != nil; e = e.next {
		f(i, e.val)
		i++
	}
}

func (l *List[T]) Backward() []T {
	out := make([]T, 0, l.length)
	for e := l.tail; e != nil; e = e.prev {
		out = append(out, e.val)
	}
	return out
}

func (l *List[T]) Len() int { return l.length }

func main() {
	words := New("go", "is", "fun")
	words.Prepend("learning")
	words.Each(func(i int, s string) {
		fmt.Printf("%d:%s ", i, s)
	})
	fmt.Println()
	fmt.Println("backward:", words.Backward())

	nums := New[float64]()
	for i := 1; i <= 4; i++ {
		nums.Append(float64(i) / 2)
	}
	for nums.Len() > 0 {
		v, _ := nums.PopBack()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := nums.PopBack()
	fmt.Println("pop empty ok?", ok, "len", nums.Len())
}
