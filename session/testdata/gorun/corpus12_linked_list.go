package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func build(vals ...int) *ListNode {
	dummy := &ListNode{}
	cur := dummy
	for _, v := range vals {
		cur.Next = &ListNode{Val: v}
		cur = cur.Next
	}
	return dummy.Next
}

func (l *ListNode) String() string {
	var sb strings.Builder
	for n := l; n != nil; n = n.Next {
		if n != l {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.Val)
	}
	return sb.String()
}

func reverse(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil {
		head.Next, prev, head = prev, head, head.Next
	}
	return prev
}

func merge(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
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

func hasCycle(head *ListNode) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func middle(head *ListNode) *ListNode {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	return slow
}

func removeNthFromEnd(head *ListNode, n int) *ListNode {
	dummy := &ListNode{Next: head}
	fast, slow := dummy, dummy
	for range n + 1 {
		fast = fast.Next
	}
	for fast != nil {
		fast, slow = fast.Next, slow.Next
	}
	slow.Next = slow.Next.Next
	return dummy.Next
}

func main() {
	l := build(1, 2, 3, 4, 5)
	fmt.Println(l)
	fmt.Println("middle:", middle(l).Val)
	l = reverse(l)
	fmt.Println(l)
	fmt.Println(merge(build(1, 3, 5), build(2, 3, 4, 6)))
	fmt.Println(removeNthFromEnd(build(1, 2, 3, 4, 5), 2))
	c := build(1, 2, 3)
	fmt.Println(hasCycle(c))
	c.Next.Next.Next = c
	fmt.Println(hasCycle(c))
	var empty *ListNode
	fmt.Printf("%v|%s|\n", reverse(empty) == nil, empty.String())
}
