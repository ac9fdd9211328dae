package main

import (
	"fmt"
	"strings"
)

type AVLNode struct {
	key         int
	height      int
	left, right *AVLNode
}

func h(n *AVLNode) int {
	if n == nil {
		return 0
	}
	return n.height
}

func update(n *AVLNode) { n.height = 1 + max(h(n.left), h(n.right)) }

func balance(n *AVLNode) int { return h(n.left) - h(n.right) }

func rotateRight(y *AVLNode) *AVLNode {
	x := y.left
	y.left = x.right
	x.right = y
	update(y)
	update(x)
	fmt.Printf("  rotate right at %d\n", y.key)
	return x
}

func rotateLeft(x *AVLNode) *AVLNode {
	y := x.right
	x.right = y.left
	y.left = x
	update(x)
	update(y)
	fmt.Printf("  rotate left at %d\n", x.key)
	return y
}

func insert(n *AVLNode, key int) *AVLNode {
	if n == nil {
		return &AVLNode{key: key, height: 1}
	}
	if key < n.key {
		n.left = insert(n.left, key)
	} else {
		n.right = insert(n.right, key)
	}
	update(n)
	b := balance(n)
	switch {
	case b > 1 && key < n.left.key:
		return rotateRight(n)
	case b < -1 && key > n.right.key:
		return rotateLeft(n)
	case b > 1 && key > n.left.key:
		n.left = rotateLeft(n.left)
		return rotateRight(n)
	case b < -1 && key < n.right.key:
		n.right = rotateRight(n.right)
		return rotateLeft(n)
	}
	return n
}

func show(n *AVLNode, depth int, sb *strings.Builder) {
	if n == nil {
		return
	}
	show(n.right, depth+1, sb)
	sb.WriteString(strings.Repeat("    ", depth))
	fmt.Fprintf(sb, "%d(h=%d)\n", n.key, n.height)
	show(n.left, depth+1, sb)
}

func main() {
	var root *AVLNode
	for _, k := range []int{10, 20, 30, 40, 50, 25} {
		fmt.Println("insert", k)
		root = insert(root, k)
	}
	var sb strings.Builder
	show(root, 0, &sb)
	fmt.Print(sb.String())
	fmt.Println("root:", root.key, "height:", root.height, "balance:", balance(root))
}
