package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func FromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

func (n *Node) String() string {
	var parts []string
	for ; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return strings.Join(parts, "->")
}

func Reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func Merge(a, b *Node) *Node {
	dummy := &Node{}
	t := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			t.Next, a = a, a.Next
		} else {
			t.Next, b = b, b.Next
		}
		t = t.Next
	}
	if a != nil {
		t.Next = a
	} else {
		t.Next = b
	}
	return dummy.Next
}

func Middle(head *Node) *Node {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func HasCycle(head *Node) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5})
	fmt.Println(l)
	l = Reverse(l)
	fmt.Println(l)
	m := Merge(FromSlice([]int{1, 4, 7}), FromSlice([]int{2, 3, 8, 9}))
	fmt.Println(m, "middle:", Middle(m).Val)
	var empty *Node
	fmt.Println(empty.String() == "", Reverse(empty) == nil)
	fmt.Printf("%v|%s\n", empty, FromSlice([]int{42}))
	c := FromSlice([]int{1, 2, 3})
	fmt.Println(HasCycle(c))
	c.Next.Next.Next = c
	fmt.Println(HasCycle(c))
	n := Node{Val: 9}
	fmt.Printf("%v %+v\n", n, n)
}
