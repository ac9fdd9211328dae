package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func isValid(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, ch := range s {
		switch ch {
		case '(', '[', '{':
			stack = append(stack, ch)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[ch] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func evalRPN(tokens []string) (int, error) {
	var st []int
	for _, tok := range tokens {
		switch tok {
		case "+", "-", "*", "/":
			if len(st) < 2 {
				return 0, fmt.Errorf("not enough operands for %q", tok)
			}
			b, a := st[len(st)-1], st[len(st)-2]
			st = st[:len(st)-2]
			var r int
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				r = a / b
			}
			st = append(st, r)
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, err
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, errors.New("malformed expression")
	}
	return st[0], nil
}

type MinStack struct {
	vals, mins []int
}

func (s *MinStack) Push(v int) {
	s.vals = append(s.vals, v)
	if len(s.mins) == 0 || v <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, v)
	}
}

func (s *MinStack) Pop() {
	top := s.vals[len(s.vals)-1]
	s.vals = s.vals[:len(s.vals)-1]
	if top == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
}

func (s *MinStack) Top() int    { return s.vals[len(s.vals)-1] }
func (s *MinStack) GetMin() int { return s.mins[len(s.mins)-1] }

func dailyTemperatures(t []int) []int {
	ans := make([]int, len(t))
	var st []int
	for i, v := range t {
		for len(st) > 0 && t[st[len(st)-1]] < v {
			j := st[len(st)-1]
			st = st[:len(st)-1]
			ans[j] = i - j
		}
		st = append(st, i)
	}
	return ans
}

func main() {
	for _, s := range []string{"()[]{}", "([)]", "{[]}", "(("} {
		fmt.Printf("%-8s %t\n", s, isValid(s))
	}
	for _, expr := range []string{"2 1 + 3 *", "4 13 5 / +", "1 0 /", "1 +", "3 x +"} {
		v, err := evalRPN(strings.Fields(expr))
		if err != nil {
			fmt.Printf("%q: error: %v\n", expr, err)
			continue
		}
		fmt.Printf("%q = %d\n", expr, v)
	}
	ms := &MinStack{}
	ms.Push(-2)
	ms.Push(0)
	ms.Push(-3)
	fmt.Println(ms.GetMin())
	ms.Pop()
	fmt.Println(ms.Top(), ms.GetMin())
	fmt.Println(dailyTemperatures([]int{73, 74, 75, 71, 69, 72, 76, 73}))
}
