package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Val  T
	next *Node[T]
}

type LinkedList[T any] struct {
	head, tail *Node[T]
	size       int
}

func (l *LinkedList[T]) Push(vs ...T) *LinkedList[T] {
	for _, v := range vs {
		n := &Node[T]{Val: v}
		if l.tail == nil {
			l.head = n
		} else {
			l.tail.next = n
		}
		l.tail = n
		l.size++
	}
	return l
}

// All yields every element in order.
func (l *LinkedList[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.Val) {
				return
			}
			i++
		}
	}
}

func (l *LinkedList[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Team struct {
	Name    string
	members []string
}

func (t *Team) Members() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, m := range t.members {
			if !yield(m) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	l := &LinkedList[string]{}
	l.Push("a", "b", "c").Push("d")
	fmt.Println(l, l.size)
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Println(i, v)
	}

	nums := (&LinkedList[int]{}).Push(3, 1, 4, 1, 5)
	sum := 0
	for _, n := range nums.All() {
		sum += n
	}
	fmt.Println(nums, "sum", sum)

	t := &Team{"core", []string{"rob", "ken", "robert"}}
	for name := range Map(t.Members(), strings.ToUpper) {
		fmt.Print(name, " ")
	}
	fmt.Println()
	for m := range t.Members() {
		if strings.HasPrefix(m, "k") {
			fmt.Println("found", m)
			break
		}
	}
}
