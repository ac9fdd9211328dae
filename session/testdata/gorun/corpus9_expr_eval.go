package main

import (
	"fmt"
	"math"
	"strings"
)

type Var string

type literal float64

type unary struct {
	op rune
	x  Expr
}

type binary struct {
	op   rune
	x, y Expr
}

type call struct {
	fn   string
	args []Expr
}

type Env map[Var]float64

type Expr interface {
	Eval(env Env) float64
	String() string
}

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}
func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}
func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func (v Var) String() string     { return string(v) }
func (l literal) String() string { return fmt.Sprintf("%g", float64(l)) }
func (u unary) String() string   { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string  { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }
func (c call) String() string {
	var parts []string
	for _, a := range c.args {
		parts = append(parts, a.String())
	}
	return c.fn + "(" + strings.Join(parts, ", ") + ")"
}

func safeEval(e Expr, env Env) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %s: %v", e, r)
		}
	}()
	return e.Eval(env), nil
}

func main() {
	exprs := []Expr{
		binary{'+', literal(1), binary{'*', Var("x"), literal(2)}},
		call{"sqrt", []Expr{binary{'+', binary{'*', Var("A"), Var("A")}, binary{'*', Var("B"), Var("B")}}}},
		unary{'-', call{"pow", []Expr{Var("x"), literal(3)}}},
		binary{'/', literal(9), Var("F")},
		binary{'%', literal(9), literal(2)},
		call{"log", []Expr{literal(1)}},
	}
	env := Env{"x": 1.5, "A": 3, "B": 4, "F": -32}
	for _, e := range exprs {
		v, err := safeEval(e, env)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s = %.6g\n", e, v)
	}
	fmt.Println(exprs[0])
	fmt.Printf("%v|%s|%T\n", exprs[1], exprs[2], exprs[3])
}
