package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) { l.head = &Node{v, l.head}; l.size++ }

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l List) String() string {
	var sb strings.Builder
	for n := l.head; n != nil; n = n.Next {
		if sb.Len() > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.Val)
	}
	return "[" + sb.String() + "]"
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	var l List
	for i := 1; i <= 4; i++ {
		l.PushFront(i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(&l)
	copyL := l
	copyL.PushFront(0)
	fmt.Println(l.size, copyL.size, l, copyL)

	var root *Tree
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		root = root.Insert(w)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println()
	fmt.Println("height", root.Height())

	type pair struct {
		a *Node
		b Node
	}
	n := &Node{Val: 1}
	pr := pair{a: n, b: *n}
	n.Val = 100
	fmt.Println(pr.a.Val, pr.b.Val)
	pp := &pr.a
	(*pp).Val = 200
	fmt.Println(n.Val, pr.b.Next == nil)
}
