package main

import (
	"fmt"
	"strconv"
	"strings"
)

type MinStack struct {
	data []int
	mins []int
}

func (s *MinStack) Push(x int) {
	s.data = append(s.data, x)
	if len(s.mins) == 0 || x <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, x)
	}
}

func (s *MinStack) Pop() int {
	x := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	if x == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
	return x
}

func (s *MinStack) Min() int { return s.mins[len(s.mins)-1] }

// evalRPN evaluates a reverse Polish notation expression.
func evalRPN(expr string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad expression %q: %v", expr, r)
		}
	}()
	var st []int
	pop := func() int {
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := pop(), pop()
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			case "/":
				st = append(st, a/b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, err
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("bad expression %q: %d values left", expr, len(st))
	}
	return st[0], nil
}

func dailyTemperatures(t []int) []int {
	res := make([]int, len(t))
	var stack []int
	for i, temp := range t {
		for len(stack) > 0 && t[stack[len(stack)-1]] < temp {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			res[j] = i - j
		}
		stack = append(stack, i)
	}
	return res
}

func main() {
	s := &MinStack{}
	for _, v := range []int{5, 3, 7, 3, 8, 1} {
		s.Push(v)
		fmt.Printf("push %d min=%d\n", v, s.Min())
	}
	for len(s.data) > 1 {
		p := s.Pop()
		fmt.Printf("pop %d min=%d\n", p, s.Min())
	}
	for _, e := range []string{"2 1 + 3 *", "4 13 5 / +", "1 +", "6 0 /", "3 x +", "1 2"} {
		v, err := evalRPN(e)
		fmt.Println(v, err)
	}
	fmt.Println(dailyTemperatures([]int{73, 74, 75, 71, 69, 72, 76, 73}))
}
