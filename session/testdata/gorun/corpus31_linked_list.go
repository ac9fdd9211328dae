// Singly linked list with pointers: insert, delete, reverse
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	data int
	next *Node
}

type LinkedList struct {
	head *Node
	size int
}

func (l *LinkedList) Append(data int) {
	n := &Node{data: data}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.next != nil {
			cur = cur.next
		}
		cur.next = n
	}
	l.size++
}

func (l *LinkedList) Prepend(data int) {
	l.head = &Node{data, l.head}
	l.size++
}

func (l *LinkedList) Delete(data int) bool {
	if l.head == nil {
		return false
	}
	if l.head.data == data {
		l.head = l.head.next
		l.size--
		return true
	}
	for prev := l.head; prev.next != nil; prev = prev.next {
		if prev.next.data == data {
			prev.next = prev.next.next
			l.size--
			return true
		}
	}
	return false
}

func (l *LinkedList) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *LinkedList) String() string {
	var sb strings.Builder
	for n := l.head; n != nil; n = n.next {
		fmt.Fprintf(&sb, "%d -> ", n.data)
	}
	sb.WriteString("nil")
	return sb.String()
}

func main() {
	list := &LinkedList{}
	for _, v := range []int{10, 20, 30, 40} {
		list.Append(v)
	}
	list.Prepend(5)
	fmt.Println(list)
	fmt.Println("size:", list.size)

	fmt.Println("delete 30:", list.Delete(30))
	fmt.Println("delete 99:", list.Delete(99))
	fmt.Println(list.String())

	list.Reverse()
	fmt.Println("reversed:", list)

	fmt.Printf("head: %d, next: %d\n", list.head.data, list.head.next.data)
	fmt.Printf("%T %v\n", list.head, list.head.next.next.next.next == nil)

	var empty LinkedList
	fmt.Println(empty.String(), empty.Delete(1))
}
