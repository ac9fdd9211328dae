package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) Walk(ch chan<- int) {
	if t == nil {
		return
	}
	t.Left.Walk(ch)
	ch <- t.Value
	t.Right.Walk(ch)
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	fmt.Println(root)
	ch := make(chan int)
	go func() {
		root.Walk(ch)
		close(ch)
	}()
	var vals []string
	for v := range ch {
		vals = append(vals, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(vals, ","))
	fmt.Println("height:", root.Height())
}
