package main

import (
	"fmt"
	"iter"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func Insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = Insert(n.Left, v)
	} else {
		n.Right = Insert(n.Right, v)
	}
	return n
}

func (n *Node) walk(yield func(int) bool) bool {
	if n == nil {
		return true
	}
	return n.Left.walk(yield) && yield(n.Val) && n.Right.walk(yield)
}

func (n *Node) InOrder() iter.Seq[int] {
	return func(yield func(int) bool) {
		n.walk(yield)
	}
}

func firstOver(t *Node, limit int) (int, bool) {
	for v := range t.InOrder() {
		if v > limit {
			return v, true
		}
	}
	return 0, false
}

func main() {
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = Insert(root, v)
	}
	for v := range root.InOrder() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(firstOver(root, 45))
	fmt.Println(firstOver(root, 99))
	count := 0
	for v := range root.InOrder() {
		if v%20 == 0 {
			continue
		}
		count++
	}
	fmt.Println("not multiples of 20:", count)
}
