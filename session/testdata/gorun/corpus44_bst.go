package main

import "fmt"

type Tree struct {
	Root *TreeNode
}

type TreeNode struct {
	Key         int
	Left, Right *TreeNode
}

func (t *Tree) Insert(k int) {
	t.Root = insert(t.Root, k)
}

func insert(n *TreeNode, k int) *TreeNode {
	if n == nil {
		return &TreeNode{Key: k}
	}
	if k < n.Key {
		n.Left = insert(n.Left, k)
	} else if k > n.Key {
		n.Right = insert(n.Right, k)
	}
	return n
}

func (t *Tree) Delete(k int) { t.Root = remove(t.Root, k) }

func remove(n *TreeNode, k int) *TreeNode {
	if n == nil {
		return nil
	}
	switch {
	case k < n.Key:
		n.Left = remove(n.Left, k)
	case k > n.Key:
		n.Right = remove(n.Right, k)
	default:
		if n.Left == nil {
			return n.Right
		}
		if n.Right == nil {
			return n.Left
		}
		succ := n.Right
		for succ.Left != nil {
			succ = succ.Left
		}
		n.Key = succ.Key
		n.Right = remove(n.Right, succ.Key)
	}
	return n
}

func (t *Tree) InOrder(visit func(int)) {
	var walk func(*TreeNode)
	walk = func(n *TreeNode) {
		if n == nil {
			return
		}
		walk(n.Left)
		visit(n.Key)
		walk(n.Right)
	}
	walk(t.Root)
}

func (t *Tree) Contains(k int) bool {
	n := t.Root
	for n != nil {
		if k == n.Key {
			return true
		} else if k < n.Key {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return false
}

func height(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func main() {
	var t Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45} {
		t.Insert(k)
	}
	var keys []int
	t.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println("in-order:", keys)
	fmt.Println("height:", height(t.Root))
	fmt.Println("contains 45:", t.Contains(45), "contains 55:", t.Contains(55))
	t.Delete(30)
	t.Delete(50)
	t.Delete(99)
	keys = keys[:0]
	t.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println("after delete:", keys)
	fmt.Println("root is now", t.Root.Key)
}
