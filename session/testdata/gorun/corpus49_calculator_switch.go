package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrDivByZero = errors.New("division by zero")

type OpError struct {
	Op string
}

func (e *OpError) Error() string { return "unknown operator " + strconv.Quote(e.Op) }

func calculate(a float64, op string, b float64) (float64, error) {
	switch op {
	case "+":
		return a + b, nil
	case "-":
		return a - b, nil
	case "*", "x":
		return a * b, nil
	case "/":
		if b == 0 {
			return 0, ErrDivByZero
		}
		return a / b, nil
	case "%":
		if b == 0 {
			return 0, fmt.Errorf("modulo: %w", ErrDivByZero)
		}
		return float64(int(a) % int(b)), nil
	default:
		return 0, &OpError{op}
	}
}

func eval(expr string) (float64, error) {
	parts := strings.Fields(expr)
	if len(parts) != 3 {
		return 0, fmt.Errorf("want 'a op b', got %d fields", len(parts))
	}
	a, err := strconv.ParseFloat(parts[0], 64)
	if err != nil {
		return 0, err
	}
	b, err := strconv.ParseFloat(parts[2], 64)
	if err != nil {
		return 0, err
	}
	return calculate(a, parts[1], b)
}

func main() {
	exprs := []string{"3 + 4", "10 / 4", "7 * 6", "1 / 0", "17 % 5", "9 % 0", "2 ^ 3", "abc + 1", "5 -", "2.5 x 4"}
	for _, e := range exprs {
		v, err := eval(e)
		var opErr *OpError
		switch {
		case errors.Is(err, ErrDivByZero):
			fmt.Printf("%-8s => cannot divide: %v\n", e, err)
		case errors.As(err, &opErr):
			fmt.Printf("%-8s => bad operator %s: %v\n", e, opErr.Op, err)
		case err != nil:
			fmt.Printf("%-8s => error: %v\n", e, err)
		default:
			fmt.Printf("%-8s => %g\n", e, v)
		}
	}
}
