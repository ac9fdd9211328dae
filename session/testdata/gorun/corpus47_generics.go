package main

import "fmt"

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Each(f func(T)) {
	for n := l; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Len() int {
	n := 0
	l.Each(func(T) { n++ })
	return n
}

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))
	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))
	fmt.Println(Index(ss, "baz"))

	var l *List[string]
	l = l.Push("a").Push("b").Push("c")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.Len())

	nums := (&List[int]{val: 1}).Push(2).Push(3)
	sum := 0
	nums.Each(func(n int) { sum += n })
	fmt.Println(sum)
}
