package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) Push(v T) {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.next = nd
		l.tail = nd
	}
	l.n++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Len() int { return l.n }

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.Push(f(v)) })
	return out
}

func Filter[T any](l *List[T], keep func(T) bool) *List[T] {
	out := &List[T]{}
	l.Each(func(_ int, v T) {
		if keep(v) {
			out.Push(v)
		}
	})
	return out
}

func ToSlice[T any](l *List[T]) []T {
	s := make([]T, 0, l.Len())
	l.Each(func(_ int, v T) { s = append(s, v) })
	return s
}

func main() {
	nums := &List[int]{}
	for i := range 8 {
		nums.Push(i + 1)
	}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println("nums:", ToSlice(nums))
	fmt.Println("evens:", ToSlice(evens))
	fmt.Println("squares:", ToSlice(squares))

	words := &List[string]{}
	for _, w := range []string{"go", "generic", "list"} {
		words.Push(w)
	}
	lengths := Map(words, func(s string) int { return len(s) })
	words.Each(func(i int, s string) {
		fmt.Printf("%d: %q\n", i, s)
	})
	fmt.Printf("lengths: %v (%T)\n", ToSlice(lengths), ToSlice(lengths))
}
