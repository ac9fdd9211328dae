package main

import (
	"fmt"
	"iter"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &Node[T]{Val: v, Next: l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.Next {
			if !yield(i, n.Val) {
				return
			}
			i++
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Val         int
}

func (t *Tree) Insert(k string, v int) *Tree {
	if t == nil {
		return &Tree{Key: k, Val: v}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k, v)
	} else {
		t.Right = t.Right.Insert(k, v)
	}
	return t
}

func (t *Tree) walk(yield func(string, int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Key, t.Val) && t.Right.walk(yield)
}

func (t *Tree) InOrder() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) { t.walk(yield) }
}

func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.Push(s)
	}
	for i, v := range l.All() {
		fmt.Println(i, v)
	}

	var root *Tree
	for i, k := range []string{"mango", "apple", "zucchini", "kiwi", "banana"} {
		root = root.Insert(k, i)
	}
	for k, v := range root.InOrder() {
		fmt.Printf("%s=%d\n", k, v)
		if k == "kiwi" {
			break
		}
	}
	for k := range root.InOrder() {
		fmt.Print(k[:1])
	}
	fmt.Println()
}
