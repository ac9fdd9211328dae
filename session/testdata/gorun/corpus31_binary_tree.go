// Binary search tree: insert, search, traversals, height
package main

import "fmt"

type TreeNode struct {
	Value       int
	Left, Right *TreeNode
}

func (n *TreeNode) Insert(v int) *TreeNode {
	if n == nil {
		return &TreeNode{Value: v}
	}
	if v < n.Value {
		n.Left = n.Left.Insert(v)
	} else if v > n.Value {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *TreeNode) Contains(v int) bool {
	for n != nil {
		if v == n.Value {
			return true
		} else if v < n.Value {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return false
}

func inorder(n *TreeNode, visit func(int)) {
	if n == nil {
		return
	}
	inorder(n.Left, visit)
	visit(n.Value)
	inorder(n.Right, visit)
}

func preorder(n *TreeNode) []int {
	if n == nil {
		return nil
	}
	out := []int{n.Value}
	out = append(out, preorder(n.Left)...)
	return append(out, preorder(n.Right)...)
}

func height(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func levelOrder(root *TreeNode) [][]int {
	var levels [][]int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		var level []int
		next := []*TreeNode{}
		for _, n := range queue {
			level = append(level, n.Value)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		levels = append(levels, level)
		queue = next
	}
	return levels
}

func main() {
	var root *TreeNode
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	var sorted []int
	inorder(root, func(v int) { sorted = append(sorted, v) })
	fmt.Println("In-order:  ", sorted)
	fmt.Println("Pre-order: ", preorder(root))
	fmt.Println("Levels:    ", levelOrder(root))
	fmt.Println("Height:", height(root))
	for _, v := range []int{45, 55} {
		fmt.Printf("Contains(%d) = %t\n", v, root.Contains(v))
	}
	sum := 0
	inorder(root, func(v int) { sum += v })
	fmt.Println("Sum:", sum)
	fmt.Printf("%T %+v\n", root.Left.Left, *root.Left.Left)
}
