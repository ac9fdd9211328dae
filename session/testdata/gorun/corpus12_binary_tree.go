package main

import (
	"fmt"
	"math"
)

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

func insert(root *TreeNode, v int) *TreeNode {
	if root == nil {
		return &TreeNode{Val: v}
	}
	if v < root.Val {
		root.Left = insert(root.Left, v)
	} else {
		root.Right = insert(root.Right, v)
	}
	return root
}

func inorder(root *TreeNode) []int {
	var res []int
	stack := []*TreeNode{}
	cur := root
	for cur != nil || len(stack) > 0 {
		for cur != nil {
			stack = append(stack, cur)
			cur = cur.Left
		}
		cur = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		res = append(res, cur.Val)
		cur = cur.Right
	}
	return res
}

func levelOrder(root *TreeNode) [][]int {
	if root == nil {
		return nil
	}
	var levels [][]int
	q := []*TreeNode{root}
	for len(q) > 0 {
		var level []int
		for range len(q) {
			n := q[0]
			q = q[1:]
			level = append(level, n.Val)
			if n.Left != nil {
				q = append(q, n.Left)
			}
			if n.Right != nil {
				q = append(q, n.Right)
			}
		}
		levels = append(levels, level)
	}
	return levels
}

func maxDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	return 1 + max(maxDepth(root.Left), maxDepth(root.Right))
}

func isValidBST(root *TreeNode) bool {
	var check func(n *TreeNode, lo, hi int) bool
	check = func(n *TreeNode, lo, hi int) bool {
		if n == nil {
			return true
		}
		if n.Val <= lo || n.Val >= hi {
			return false
		}
		return check(n.Left, lo, n.Val) && check(n.Right, n.Val, hi)
	}
	return check(root, math.MinInt, math.MaxInt)
}

func invert(root *TreeNode) *TreeNode {
	if root != nil {
		root.Left, root.Right = invert(root.Right), invert(root.Left)
	}
	return root
}

func lca(root *TreeNode, p, q int) *TreeNode {
	for root != nil {
		switch {
		case p < root.Val && q < root.Val:
			root = root.Left
		case p > root.Val && q > root.Val:
			root = root.Right
		default:
			return root
		}
	}
	return nil
}

func main() {
	var root *TreeNode
	for _, v := range []int{8, 3, 10, 1, 6, 14, 4, 7, 13} {
		root = insert(root, v)
	}
	fmt.Println(inorder(root))
	fmt.Println(levelOrder(root))
	fmt.Println("depth:", maxDepth(root), "valid:", isValidBST(root))
	fmt.Println("lca(4,7):", lca(root, 4, 7).Val, "lca(1,13):", lca(root, 1, 13).Val)
	invert(root)
	fmt.Println(inorder(root), isValidBST(root))
	fmt.Println(levelOrder(nil) == nil, maxDepth(nil))
	fmt.Printf("%+v\n", *root.Right.Right)
}
