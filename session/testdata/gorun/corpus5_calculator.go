package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var ErrDivZero = errors.New("division by zero")

type binop func(float64, float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, ErrDivZero
		}
		return a / b, nil
	},
}

func eval(expr string) (float64, error) {
	parts := strings.Fields(expr)
	if len(parts) != 3 {
		return 0, fmt.Errorf("bad expression %q", expr)
	}
	a, err := strconv.ParseFloat(parts[0], 64)
	if err != nil {
		return 0, fmt.Errorf("left operand: %w", err)
	}
	b, err := strconv.ParseFloat(parts[2], 64)
	if err != nil {
		return 0, fmt.Errorf("right operand: %w", err)
	}
	op, ok := ops[parts[1]]
	if !ok {
		return 0, fmt.Errorf("unknown operator %s", parts[1])
	}
	return op(a, b)
}

func main() {
	exprs := []string{"3 + 4", "10 / 4", "2 * 2.5", "1 / 0", "x + 1", "5 % 2", "7"}
	for _, e := range exprs {
		v, err := eval(e)
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-8s => cannot divide by zero\n", e)
		case err != nil:
			fmt.Printf("%-8s => error: %v\n", e, err)
		default:
			fmt.Printf("%-8s => %g\n", e, v)
		}
	}
	var names []string
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("operators:", names)
	var numErr *strconv.NumError
	_, err := eval("abc * 2")
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err)
	}
	actions := map[string]func(){
		"hello": func() { fmt.Println("hello there") },
		"bye":   func() { fmt.Println("goodbye") },
	}
	for _, a := range []string{"hello", "bye", "nope"} {
		if f, ok := actions[a]; ok {
			f()
		} else {
			fmt.Println("no action", a)
		}
	}
	fns := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
	}
	v := 5
	for _, f := range fns {
		v = f(v)
	}
	fmt.Println(v)
}
