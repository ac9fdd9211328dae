// Stack and queue implemented with slices
package main

import (
	"errors"
	"fmt"
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

func (s *Stack) Peek() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack) IsEmpty() bool { return len(s.items) == 0 }

type Queue []string

func (q *Queue) Enqueue(s string) { *q = append(*q, s) }

func (q *Queue) Dequeue() (string, bool) {
	if len(*q) == 0 {
		return "", false
	}
	head := (*q)[0]
	*q = (*q)[1:]
	return head, true
}

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, c := range expr {
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[c] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func main() {
	s := &Stack{}
	for i := 1; i <= 4; i++ {
		s.Push(i * 10)
	}
	fmt.Println("stack:", s.items)
	top, _ := s.Peek()
	fmt.Println("peek:", top)
	for !s.IsEmpty() {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println("error:", err)

	var q Queue
	q.Enqueue("first")
	q.Enqueue("second")
	q.Enqueue("third")
	fmt.Printf("queue: %v len=%d %T\n", q, len(q), q)
	for {
		item, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Println("dequeued:", item)
	}

	for _, e := range []string{"{[()]}", "([)]", "((()", "a(b)c[d]{e}"} {
		fmt.Printf("%-12q balanced=%t\n", e, balanced(e))
	}
}
