package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

type parser struct {
	s   scanner.Scanner
	tok rune
}

func newParser(src string) *parser {
	p := &parser{}
	p.s.Init(strings.NewReader(src))
	p.s.Mode = scanner.ScanInts | scanner.ScanFloats
	p.next()
	return p
}

func (p *parser) next() { p.tok = p.s.Scan() }

func (p *parser) expr() float64 {
	v := p.term()
	for p.tok == '+' || p.tok == '-' {
		op := p.tok
		p.next()
		r := p.term()
		if op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for p.tok == '*' || p.tok == '/' {
		op := p.tok
		p.next()
		r := p.factor()
		if op == '*' {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *parser) factor() float64 {
	switch p.tok {
	case scanner.Int, scanner.Float:
		f, _ := strconv.ParseFloat(p.s.TokenText(), 64)
		p.next()
		return f
	case '(':
		p.next()
		v := p.expr()
		if p.tok != ')' {
			panic(fmt.Sprintf("expected ) at %s", p.s.Position))
		}
		p.next()
		return v
	case '-':
		p.next()
		return -p.factor()
	}
	panic(fmt.Sprintf("unexpected %s", scanner.TokenString(p.tok)))
}

func eval(src string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return newParser(src).expr(), nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "-(2 + 3) * 2", "2 * (3 + ", "7 $ 2"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-14s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-14s = %g\n", e, v)
	}
}
