package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/scanner"
)

type Expr interface {
	Eval(env Env) float64
	String() string
}

type Env map[Var]float64
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

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (v Var) String() string         { return string(v) }
func (l literal) String() string     { return strconv.FormatFloat(float64(l), 'g', -1, 64) }
func (u unary) String() string       { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string      { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }
func (c call) String() string        { return fmt.Sprintf("%s(%v)", c.fn, c.args) }
func (u unary) Eval(env Env) float64 {
	if u.op == '-' {
		return -u.x.Eval(env)
	}
	return u.x.Eval(env)
}
func (b binary) Eval(env Env) float64 {
	x, y := b.x.Eval(env), b.y.Eval(env)
	switch b.op {
	case '+':
		return x + y
	case '-':
		return x - y
	case '*':
		return x * y
	case '/':
		return x / y
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
	panic("unsupported function " + c.fn)
}

type lexer struct {
	scan  scanner.Scanner
	token rune
}

func (lex *lexer) next()        { lex.token = lex.scan.Scan() }
func (lex *lexer) text() string { return lex.scan.TokenText() }

type lexPanic string

func Parse(input string) (_ Expr, err error) {
	defer func() {
		switch x := recover().(type) {
		case nil:
		case lexPanic:
			err = fmt.Errorf("%s", x)
		default:
			panic(x)
		}
	}()
	lex := new(lexer)
	lex.scan.Init(strings.NewReader(input))
	lex.scan.Mode = scanner.ScanIdents | scanner.ScanInts | scanner.ScanFloats
	lex.next()
	e := parseBinary(lex, 1)
	if lex.token != scanner.EOF {
		return nil, fmt.Errorf("unexpected %s", lex.text())
	}
	return e, nil
}

func precedence(op rune) int {
	switch op {
	case '*', '/':
		return 2
	case '+', '-':
		return 1
	}
	return 0
}

func parseBinary(lex *lexer, prec1 int) Expr {
	lhs := parseUnary(lex)
	for prec := precedence(lex.token); prec >= prec1; prec-- {
		for precedence(lex.token) == prec {
			op := lex.token
			lex.next()
			rhs := parseBinary(lex, prec+1)
			lhs = binary{op, lhs, rhs}
		}
	}
	return lhs
}

func parseUnary(lex *lexer) Expr {
	if lex.token == '+' || lex.token == '-' {
		op := lex.token
		lex.next()
		return unary{op, parseUnary(lex)}
	}
	return parsePrimary(lex)
}

func parsePrimary(lex *lexer) Expr {
	switch lex.token {
	case scanner.Ident:
		id := lex.text()
		lex.next()
		if lex.token != '(' {
			return Var(id)
		}
		lex.next()
		var args []Expr
		if lex.token != ')' {
			for {
				args = append(args, parseBinary(lex, 1))
				if lex.token != ',' {
					break
				}
				lex.next()
			}
			if lex.token != ')' {
				panic(lexPanic(fmt.Sprintf("got %q, want ')'", lex.text())))
			}
		}
		lex.next()
		return call{id, args}
	case scanner.Int, scanner.Float:
		f, err := strconv.ParseFloat(lex.text(), 64)
		if err != nil {
			panic(lexPanic(err.Error()))
		}
		lex.next()
		return literal(f)
	case '(':
		lex.next()
		e := parseBinary(lex, 1)
		if lex.token != ')' {
			panic(lexPanic(fmt.Sprintf("got %s, want ')'", scanner.TokenString(lex.token))))
		}
		lex.next()
		return e
	}
	panic(lexPanic(fmt.Sprintf("unexpected %s", scanner.TokenString(lex.token))))
}

func main() {
	tests := []struct {
		expr string
		env  Env
	}{
		{"sqrt(A / pi)", Env{"A": 87616, "pi": math.Pi}},
		{"pow(x, 3) + pow(y, 3)", Env{"x": 12, "y": 1}},
		{"5 / 9 * (F - 32)", Env{"F": -40}},
		{"-1 + -x * 2", Env{"x": 3}},
		{"1 + (2", nil},
		{"1 2", nil},
		{"x $ y", nil},
	}
	for _, t := range tests {
		e, err := Parse(t.expr)
		if err != nil {
			fmt.Printf("%-22s error: %v\n", t.expr, err)
			continue
		}
		fmt.Printf("%-22s %-30s = %.6g\n", t.expr, e, e.Eval(t.env))
	}
}
