package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("stack underflow")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

var ops = map[string]func(a, b float64) (float64, error){
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("divide by zero")
		}
		return a / b, nil
	},
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			b, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("%q: %w", tok, err)
			}
			a, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("%q: %w", tok, err)
			}
			r, err := op(a, b)
			if err != nil {
				return 0, err
			}
			st.Push(r)
			continue
		}
		if tok == "sqrt" {
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(math.Sqrt(a))
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("bad token %q", tok)
		}
		st.Push(v)
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, got %d", st.Len())
	}
	return st.Pop()
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 ^ 1 -",
		"9 sqrt 2 /",
		"1 0 /",
		"1 +",
		"1 2 3",
		"4 x *",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-20s ! %v\n", e, err)
		} else {
			fmt.Printf("%-20s = %v\n", e, v)
		}
	}
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	fmt.Println(top, ss.Len(), ss)
}
