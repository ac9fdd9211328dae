package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type binop func(a, b float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
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
		return 0, err
	}
	b, err := strconv.ParseFloat(parts[2], 64)
	if err != nil {
		return 0, err
	}
	op, ok := ops[parts[1]]
	if !ok {
		return 0, fmt.Errorf("unknown operator %q", parts[1])
	}
	return op(a, b)
}

func main() {
	exprs := []string{"3 + 4", "10 / 4", "2 * 8.5", "1 / 0", "5 % 2", "x - 1", "7 -"}
	for _, e := range exprs {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-8s -> error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-8s -> %g\n", e, v)
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("operators:", strings.Join(keys, " "))
}
