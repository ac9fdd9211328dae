package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(s) {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(s) && (unicode.IsDigit(rune(s[i])) || s[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, s[start:i]})
		case strings.ContainsRune("+-*/", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() (float64, error) {
	left, err := p.term()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		right, err := p.term()
		if err != nil {
			return 0, err
		}
		if t.Text == "+" {
			left += right
		} else {
			left -= right
		}
	}
	return left, nil
}

func (p *parser) term() (float64, error) {
	left, err := p.factor()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		right, err := p.factor()
		if err != nil {
			return 0, err
		}
		if t.Text == "*" {
			left *= right
		} else {
			if right == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			left /= right
		}
	}
	return left, nil
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, fmt.Errorf("unexpected end of input")
	}
	p.pos++
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			return 0, fmt.Errorf("missing )")
		}
		p.pos++
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.factor()
			return -v, err
		}
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing tokens after %d", p.pos)
	}
	return v, err
}

func main() {
	for _, in := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-3 + 5", "2 * (3 + 4) - 1.5", "1 / 0", "2 $ 3", "(1 + 2", "4 4"} {
		v, err := eval(in)
		if err != nil {
			fmt.Printf("%-18s error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-18s = %g\n", in, v)
	}
}
