package main

import "fmt"

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

func preorder(n *TreeNode, out *[]int) {
	if n == nil {
		return
	}
	*out = append(*out, n.Val)
	preorder(n.Left, out)
	preorder(n.Right, out)
}

func inorderIter(root *TreeNode) []int {
	var res []int
	var stack []*TreeNode
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

func postorder(n *TreeNode) []int {
	if n == nil {
		return nil
	}
	res := postorder(n.Left)
	res = append(res, postorder(n.Right)...)
	return append(res, n.Val)
}

func levelOrder(root *TreeNode) [][]int {
	if root == nil {
		return nil
	}
	var levels [][]int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		n := len(queue)
		level := make([]int, 0, n)
		for i := 0; i < n; i++ {
			node := queue[i]
			level = append(level, node.Val)
			if node.Left != nil {
				queue = append(queue, node.Left)
			}
			if node.Right != nil {
				queue = append(queue, node.Right)
			}
		}
		queue = queue[n:]
		levels = append(levels, level)
	}
	return levels
}

func isValidBST(n *TreeNode, lo, hi *int) bool {
	if n == nil {
		return true
	}
	if (lo != nil && n.Val <= *lo) || (hi != nil && n.Val >= *hi) {
		return false
	}
	return isValidBST(n.Left, lo, &n.Val) && isValidBST(n.Right, &n.Val, hi)
}

func main() {
	var root *TreeNode
	for _, v := range []int{8, 3, 10, 1, 6, 14, 4, 7, 13} {
		root = insert(root, v)
	}
	var pre []int
	preorder(root, &pre)
	fmt.Println("preorder: ", pre)
	fmt.Println("inorder:  ", inorderIter(root))
	fmt.Println("postorder:", postorder(root))
	for depth, lvl := range levelOrder(root) {
		fmt.Printf("level %d: %v\n", depth, lvl)
	}
	fmt.Println("valid:", isValidBST(root, nil, nil))
	root.Left.Right.Val = 20
	fmt.Println("valid after corrupting:", isValidBST(root, nil, nil))
	fmt.Printf("%+v\n", *root.Left.Left)
}
