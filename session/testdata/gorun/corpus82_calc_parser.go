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
	EOF
)

type Token struct {
	Kind TokenKind
	Text string
}

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, nil
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/") {
		op := p.next().Text
		r, err := p.factor()
		if err != nil {
			return 0, err
		}
		if op == "*" {
			v *= r
		} else {
			if r == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			v /= r
		}
	}
	return v, nil
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, fmt.Errorf("missing )")
		}
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
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing %q", p.peek().Text)
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + ", "7 / 0", "3 $ 4", "1.5 * 4 2", "10 - 2 - 3"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-12s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-12s = %g\n", s, v)
	}
}
