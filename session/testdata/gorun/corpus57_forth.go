package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrDivZero   = errors.New("division by zero")
	ErrUnknown   = errors.New("unknown word")
)

type op func(*[]int) error

func pop2(s *[]int) (int, int, error) {
	if len(*s) < 2 {
		return 0, 0, ErrUnderflow
	}
	st := *s
	a, b := st[len(st)-2], st[len(st)-1]
	*s = st[:len(st)-2]
	return a, b, nil
}

func binary(f func(a, b int) (int, error)) op {
	return func(s *[]int) error {
		a, b, err := pop2(s)
		if err != nil {
			return err
		}
		r, err := f(a, b)
		if err != nil {
			return err
		}
		*s = append(*s, r)
		return nil
	}
}

func builtins() map[string][]op {
	return map[string][]op{
		"+": {binary(func(a, b int) (int, error) { return a + b, nil })},
		"-": {binary(func(a, b int) (int, error) { return a - b, nil })},
		"*": {binary(func(a, b int) (int, error) { return a * b, nil })},
		"/": {binary(func(a, b int) (int, error) {
			if b == 0 {
				return 0, ErrDivZero
			}
			return a / b, nil
		})},
		"dup": {func(s *[]int) error {
			if len(*s) < 1 {
				return ErrUnderflow
			}
			*s = append(*s, (*s)[len(*s)-1])
			return nil
		}},
		"drop": {func(s *[]int) error {
			if len(*s) < 1 {
				return ErrUnderflow
			}
			*s = (*s)[:len(*s)-1]
			return nil
		}},
		"swap": {binary2(func(a, b int) []int { return []int{b, a} })},
		"over": {binary2(func(a, b int) []int { return []int{a, b, a} })},
	}
}

func binary2(f func(a, b int) []int) op {
	return func(s *[]int) error {
		a, b, err := pop2(s)
		if err != nil {
			return err
		}
		*s = append(*s, f(a, b)...)
		return nil
	}
}

func Forth(lines []string) ([]int, error) {
	words := builtins()
	stack := []int{}
	for _, line := range lines {
		toks := strings.Fields(strings.ToLower(line))
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t == ":" {
				end := i + 1
				for end < len(toks) && toks[end] != ";" {
					end++
				}
				if end >= len(toks) || end-i < 3 {
					return nil, errors.New("bad definition")
				}
				name := toks[i+1]
				if _, err := strconv.Atoi(name); err == nil {
					return nil, errors.New("cannot redefine numbers")
				}
				var body []op
				for _, w := range toks[i+2 : end] {
					if n, err := strconv.Atoi(w); err == nil {
						body = append(body, func(s *[]int) error { *s = append(*s, n); return nil })
					} else if ops, ok := words[w]; ok {
						body = append(body, ops...)
					} else {
						return nil, fmt.Errorf("%w: %s", ErrUnknown, w)
					}
				}
				words[name] = body
				i = end
				continue
			}
			if n, err := strconv.Atoi(t); err == nil {
				stack = append(stack, n)
				continue
			}
			ops, ok := words[t]
			if !ok {
				return nil, fmt.Errorf("%w: %s", ErrUnknown, t)
			}
			for _, o := range ops {
				if err := o(&stack); err != nil {
					return nil, fmt.Errorf("%s: %w", t, err)
				}
			}
		}
	}
	return stack, nil
}

func main() {
	progs := [][]string{
		{"1 2 3 4 5"},
		{"1 2 + 4 * 3 -"},
		{"12 3 / 8 3 /"},
		{"1 2 swap over dup drop"},
		{": dup-twice dup dup ;", "1 dup-twice"},
		{": foo 5 ;", ": bar foo ;", ": foo 6 ;", "bar foo"},
		{": swap dup ;", "1 swap"},
		{"1 0 /"},
		{"+"},
		{"1 foo"},
		{": 1 2 ;"},
		{"1 DUP Dup dup"},
	}
	for _, p := range progs {
		st, err := Forth(p)
		fmt.Printf("%-38q %v", p, st)
		if err != nil {
			fmt.Printf(" err=%v underflow=%t unknown=%t", err, errors.Is(err, ErrUnderflow), errors.Is(err, ErrUnknown))
		}
		fmt.Println()
	}
}
