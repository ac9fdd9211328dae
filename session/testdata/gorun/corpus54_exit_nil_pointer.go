package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	total := 0
	for cur := n; cur != nil; cur = cur.Next {
		total += cur.Val
	}
	return total
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("sum:", list.Sum())
	var empty *Node
	fmt.Println("nil receiver sum:", empty.Sum())
	fmt.Println("third value:", list.Next.Next.Val)
	fmt.Println("fourth value:", list.Next.Next.Next.Val)
	fmt.Println("unreachable")
}
