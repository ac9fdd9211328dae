package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("stack is empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Peek() int     { return s.items[len(s.items)-1] }
func (s *Stack) IsEmpty() bool { return len(s.items) == 0 }

type Queue []string

func (q *Queue) Enqueue(s string) { *q = append(*q, s) }
func (q *Queue) Dequeue() (string, bool) {
	if len(*q) == 0 {
		return "", false
	}
	v := (*q)[0]
	*q = (*q)[1:]
	return v, true
}

type Node struct {
	Value int
	Next  *Node
}

type LinkedList struct {
	Head *Node
	Size int
}

func (l *LinkedList) Append(v int) {
	n := &Node{Value: v}
	if l.Head == nil {
		l.Head = n
	} else {
		cur := l.Head
		for cur.Next != nil {
			cur = cur.Next
		}
		cur.Next = n
	}
	l.Size++
}

func (l *LinkedList) Prepend(v int) {
	l.Head = &Node{v, l.Head}
	l.Size++
}

func (l *LinkedList) Delete(v int) bool {
	if l.Head == nil {
		return false
	}
	if l.Head.Value == v {
		l.Head = l.Head.Next
		l.Size--
		return true
	}
	for cur := l.Head; cur.Next != nil; cur = cur.Next {
		if cur.Next.Value == v {
			cur.Next = cur.Next.Next
			l.Size--
			return true
		}
	}
	return false
}

func (l *LinkedList) Reverse() {
	var prev *Node
	cur := l.Head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.Head = prev
}

func (l LinkedList) String() string {
	var parts []string
	for n := l.Head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Value))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st = append(st, c)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[c] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func main() {
	s := &Stack{}
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println("peek:", s.Peek())
	for !s.IsEmpty() {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	_, err := s.Pop()
	fmt.Println(err)

	var q Queue
	q.Enqueue("a")
	q.Enqueue("b")
	q.Enqueue("c")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, len(q), " ")
	}
	fmt.Println()

	l := &LinkedList{}
	for _, v := range []int{3, 5, 7, 9} {
		l.Append(v)
	}
	l.Prepend(1)
	fmt.Println(l, l.Size)
	fmt.Println(l.Delete(7), l.Delete(42), l.Delete(1))
	fmt.Println(*l, l.Size)
	l.Reverse()
	fmt.Println(*l)
	fmt.Printf("%v %s\n", l, l)
	for _, e := range []string{"{[()]}", "([)]", "((", ""} {
		fmt.Printf("%q balanced: %t\n", e, balanced(e))
	}
}
