package main

import "fmt"

// Index returns the index of x in s, or -1 if not found.
func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

// List represents a singly-linked list that holds values of any type.
type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	return n
}

func (l *List[T]) Values() []T {
	var out []T
	for e := l; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))

	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))
	fmt.Println(Index(ss, "baz"))

	var l *List[string]
	for _, w := range []string{"c", "b", "a"} {
		l = l.Push(w)
	}
	fmt.Println(l.Len(), l.Values())

	nums := (&List[int]{val: 1}).Push(2).Push(3)
	fmt.Println(nums.Len(), nums.Values())
	fmt.Printf("%T\n", nums.Values())
}
