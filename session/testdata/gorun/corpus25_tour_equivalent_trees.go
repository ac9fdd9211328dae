package main

import "fmt"

// Tree is a binary search tree, standing in for golang.org/x/tour/tree.
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

// Walk sends all values of t to ch in order, then closes ch.
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

// Same reports whether t1 and t2 hold the same values.
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
	perm1 := []int{7, 3, 9, 1, 5, 10, 2, 8, 4, 6}
	perm2 := []int{4, 8, 2, 6, 10, 1, 9, 3, 7, 5}
	t := New(1, perm1)
	fmt.Println(t)
	ch := make(chan int)
	go Walk(t, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(New(1, perm1), New(1, perm2)))
	fmt.Println(Same(New(1, perm1), New(2, perm1)))
	fmt.Println(Same(New(3, perm2), New(3, perm1[:9])))
}
