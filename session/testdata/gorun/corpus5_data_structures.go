package main

import (
	"fmt"
	"strings"
)

type LinkedList struct {
	head *node
	size int
}

type node struct {
	val  int
	next *node
}

func (l *LinkedList) Push(v int) {
	n := &node{val: v}
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

func (l *LinkedList) Reverse() {
	var prev *node
	cur := l.head
	for cur != nil {
		cur.next, prev, cur = prev, cur, cur.next
	}
	l.head = prev
}

func (l LinkedList) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return strings.Join(parts, " -> ")
}

type Queue struct{ items []string }

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func binarySearch(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func bubbleSort(a []int) []int {
	a = append([]int(nil), a...)
	for i := 0; i < len(a); i++ {
		swapped := false
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return a
}

func quickSort(a []int) []int {
	if len(a) < 2 {
		return a
	}
	pivot := a[0]
	var less, more []int
	for _, v := range a[1:] {
		if v < pivot {
			less = append(less, v)
		} else {
			more = append(more, v)
		}
	}
	return append(append(quickSort(less), pivot), quickSort(more)...)
}

func main() {
	var l LinkedList
	for _, v := range []int{1, 2, 3, 4} {
		l.Push(v)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l.String())
	var q Queue
	q.Enqueue("a")
	q.Enqueue("b")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	var vals []int
	root.InOrder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals, root.Height())
	fmt.Println(binarySearch(vals, 60), binarySearch(vals, 65))
	data := []int{5, 1, 4, 2, 8, 0}
	fmt.Println(bubbleSort(data), quickSort(data), data)
	stack := []rune{}
	balanced := func(s string) bool {
		stack = stack[:0]
		pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
		for _, r := range s {
			switch r {
			case '(', '[', '{':
				stack = append(stack, r)
			case ')', ']', '}':
				if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
					return false
				}
				stack = stack[:len(stack)-1]
			}
		}
		return len(stack) == 0
	}
	fmt.Println(balanced("{[()]}"), balanced("([)]"), balanced("(("))
}
