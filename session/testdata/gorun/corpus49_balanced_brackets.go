package main

import "fmt"

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

func (s *Stack[T]) Len() int { return len(s.items) }

func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for i, c := range s {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[c] {
				return false, i
			}
		}
	}
	if st.Len() != 0 {
		return false, len(s)
	}
	return true, -1
}

func main() {
	tests := []string{"()", "([]{})", "(]", "((()", "{[()()]}", "", "a(b)c]", "func() { return [1] }"}
	for _, t := range tests {
		ok, pos := balanced(t)
		if ok {
			fmt.Printf("%-24q balanced\n", t)
		} else {
			fmt.Printf("%-24q NOT balanced (at %d)\n", t, pos)
		}
	}
}
