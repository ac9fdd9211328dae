package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	in, out Stack[T]
}

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if q.out.Len() == 0 {
		for q.in.Len() > 0 {
			v, _ := q.in.Pop()
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func evalRPN(expr string) (int, error) {
	var st Stack[int]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, errors.New("stack underflow")
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				st.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token %q: %w", tok, err)
			}
			st.Push(n)
		}
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%-10q balanced=%v\n", s, balanced(s))
	}
	for _, e := range []string{"2 1 + 3 *", "4 13 5 / +", "1 +", "4 0 /", "3 x +"} {
		v, err := evalRPN(e)
		fmt.Printf("%-12s => %d, %v\n", e, v, err)
	}
	var q Queue[string]
	q.Enqueue("a")
	q.Enqueue("b")
	v, _ := q.Dequeue()
	q.Enqueue("c")
	fmt.Print(v)
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(" ", v)
	}
	fmt.Println()
}
