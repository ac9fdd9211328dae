package main

import (
	"fmt"
	"strings"
)

// Node is one element of a singly linked list.
type Node struct {
	Value int
	Next  *Node
}

// LinkedList keeps a head pointer and a length.
type LinkedList struct {
	head *Node
	size int
}

func (l *LinkedList) PushFront(v int) {
	l.head = &Node{Value: v, Next: l.head}
	l.size++
}

func (l *LinkedList) PushBack(v int) {
	n := &Node{Value: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.Next != nil {
			cur = cur.Next
		}
		cur.Next = n
	}
	l.size++
}

func (l *LinkedList) Remove(v int) bool {
	if l.head == nil {
		return false
	}
	if l.head.Value == v {
		l.head = l.head.Next
		l.size--
		return true
	}
	prev := l.head
	for prev.Next != nil && prev.Next.Value != v {
		prev = prev.Next
	}
	if prev.Next == nil {
		return false
	}
	prev.Next = prev.Next.Next
	l.size--
	return true
}

func (l *LinkedList) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l LinkedList) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprintf(&sb, "%d", n.Value)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	list := &LinkedList{}
	for i := range 5 {
		list.PushBack(i * 10)
	}
	list.PushFront(-1)
	fmt.Println(list, "size", list.size)
	fmt.Println("remove 20:", list.Remove(20))
	fmt.Println("remove 99:", list.Remove(99))
	fmt.Println(*list)
	list.Reverse()
	fmt.Printf("reversed: %v (len %d)\n", list, list.size)
	fmt.Printf("%s\n", list)
}
