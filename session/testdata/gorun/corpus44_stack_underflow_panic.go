package main

import "fmt"

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

// Pop panics on an empty stack, as many tutorial stacks do.
func (s *Stack[T]) Pop() T {
	old := *s
	if len(old) == 0 {
		panic("pop from empty stack")
	}
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func evalRPN(tokens []string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad expression: %v", r)
		}
	}()
	var st Stack[int]
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, a := st.Pop(), st.Pop()
			switch t {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			var n int
			fmt.Sscan(t, &n)
			st.Push(n)
		}
	}
	return st.Pop(), nil
}

func main() {
	fmt.Println(evalRPN([]string{"2", "1", "+", "3", "*"}))
	fmt.Println(evalRPN([]string{"4", "13", "5", "/", "+"}))
	fmt.Println(evalRPN([]string{"1", "+"}))
	fmt.Println(evalRPN([]string{"1", "0", "/"}))
	var s Stack[string]
	s.Push("only")
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
}
