package main

import (
	"fmt"
	"slices"
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

// New builds a tree holding k, 2k, ..., 10k, inserted in a fixed shuffled order.
func New(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
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

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	orderA := []int{7, 3, 9, 1, 5, 10, 2, 8, 4, 6}
	orderB := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	slices.Reverse(orderB)
	t := New(1, orderA)
	fmt.Println(t)

	ch := make(chan int)
	go Walk(t, ch)
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	fmt.Println(got)

	fmt.Println(Same(New(1, orderA), New(1, orderB)))
	fmt.Println(Same(New(1, orderA), New(2, orderA)))
	fmt.Println(Same(New(3, orderB), New(3, orderA)))
}
