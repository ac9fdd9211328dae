package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Stack[T any] struct{ items []T }

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
func (s Stack[T]) Len() int { return len(s.items) }

var ErrStack = errors.New("stack underflow")

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		if f, err := strconv.ParseFloat(tok, 64); err == nil {
			st.Push(f)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("at %q: %w", tok, ErrStack)
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
		case "^":
			st.Push(math.Pow(a, b))
		default:
			return 0, fmt.Errorf("unknown operator %q", tok)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("%d values left", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

var prec = map[rune]int{'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}

func toRPN(infix string) string {
	var out []string
	var ops Stack[rune]
	num := ""
	flush := func() {
		if num != "" {
			out = append(out, num)
			num = ""
		}
	}
	for _, r := range infix {
		switch {
		case unicode.IsDigit(r) || r == '.':
			num += string(r)
		case r == '(':
			flush()
			ops.Push(r)
		case r == ')':
			flush()
			for {
				top, ok := ops.Pop()
				if !ok || top == '(' {
					break
				}
				out = append(out, string(top))
			}
		case prec[r] > 0:
			flush()
			for {
				top, ok := ops.Peek()
				if !ok || top == '(' || prec[top] < prec[r] || (prec[top] == prec[r] && r == '^') {
					break
				}
				ops.Pop()
				out = append(out, string(top))
			}
			ops.Push(r)
		default:
			flush()
		}
	}
	flush()
	for ops.Len() > 0 {
		top, _ := ops.Pop()
		out = append(out, string(top))
	}
	return strings.Join(out, " ")
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "1 +", "4 0 /", "1 2 3", "2 x"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20s => %g %v %v\n", e, v, err, errors.Is(err, ErrStack))
	}
	for _, in := range []string{"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*3", "10/4-1.5"} {
		r := toRPN(in)
		v, err := evalRPN(r)
		fmt.Printf("%s | %s | %.6g %v\n", in, r, v, err)
	}
}
