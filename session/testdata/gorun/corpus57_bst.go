package main

import "fmt"

type BST struct {
	data        int
	left, right *BST
}

func NewBST(d int) *BST { return &BST{data: d} }

func (t *BST) Insert(d int) *BST {
	if t == nil {
		return NewBST(d)
	}
	if d <= t.data {
		t.left = t.left.Insert(d)
	} else {
		t.right = t.right.Insert(d)
	}
	return t
}

func (t *BST) SortedData() []int {
	if t == nil {
		return nil
	}
	out := t.left.SortedData()
	out = append(out, t.data)
	return append(out, t.right.SortedData()...)
}

func (t *BST) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.left.Height(), t.right.Height())
}

func (t *BST) Walk(visit func(depth, v int) bool) {
	var walk func(n *BST, depth int) bool
	walk = func(n *BST, depth int) bool {
		if n == nil {
			return true
		}
		return walk(n.left, depth+1) && visit(depth, n.data) && walk(n.right, depth+1)
	}
	walk(t, 0)
}

func (t *BST) Contains(d int) bool {
	for n := t; n != nil; {
		switch {
		case d == n.data:
			return true
		case d < n.data:
			n = n.left
		default:
			n = n.right
		}
	}
	return false
}

func main() {
	var root *BST
	for _, v := range []int{4, 2, 6, 1, 3, 5, 7, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root.SortedData(), root.Height())
	fmt.Println(root.data, root.left.data, root.right.data, root.left.right.data)
	root.Walk(func(depth, v int) bool {
		fmt.Printf("%*s%d\n", depth*2, "", v)
		return v < 6
	})
	for _, q := range []int{0, 3, 8, 9} {
		fmt.Printf("contains %d: %t\n", q, root.Contains(q))
	}
	var empty *BST
	fmt.Println(empty.SortedData() == nil, empty.Height(), empty.Contains(1))
}
