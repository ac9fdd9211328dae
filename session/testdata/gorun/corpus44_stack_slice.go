package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("stack is empty")

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() (int, error) {
	if len(*s) == 0 {
		return 0, ErrEmpty
	}
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v, nil
}

func (s Stack) Peek() (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	return s[len(s)-1], true
}

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st = append(st, r)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[r] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func main() {
	var s Stack
	for i := 1; i <= 3; i++ {
		s.Push(i * i)
	}
	if top, ok := s.Peek(); ok {
		fmt.Println("top:", top)
	}
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Println("popped", v)
	}
	for _, e := range []string{"(a[b]{c})", "(]", "((", "{[()()]}"} {
		fmt.Printf("%-10s balanced=%t\n", e, balanced(e))
	}
}
