package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func fromSlice(vals []int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{vals[i], head}
	}
	return head
}

func (n *Node) String() string {
	var parts []string
	for cur := n; cur != nil; cur = cur.Next {
		parts = append(parts, fmt.Sprint(cur.Val))
	}
	return strings.Join(parts, " -> ") + " -> nil"
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func middle(head *Node) *Node {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func mergeSorted(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func main() {
	l := fromSlice([]int{1, 2, 3, 4, 5})
	fmt.Println(l)
	fmt.Println("middle:", middle(l).Val)
	r := reverse(l)
	fmt.Println(r)
	fmt.Println(mergeSorted(fromSlice([]int{1, 4, 7}), fromSlice([]int{2, 3, 8, 9})))
	var empty *Node
	fmt.Println(reverse(empty) == nil)
}
