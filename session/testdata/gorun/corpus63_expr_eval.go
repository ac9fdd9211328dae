package main

import (
	"fmt"
	"strconv"
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
	Val  float64
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
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(s[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q at %d", s[i:j], i)
			}
			toks = append(toks, Token{NUM, s[i:j], v})
			i = j
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '^' || c == '%':
			toks = append(toks, Token{Kind: OP, Text: string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "("})
			i++
		case c == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term (('+'|'-') term)*
func (p *Parser) expr() (float64, error) {
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

// term := power (('*'|'/'|'%') power)*
func (p *Parser) term() (float64, error) {
	v, err := p.power()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/" || p.peek().Text == "%") {
		op := p.next().Text
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		switch op {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			v /= r
		case "%":
			v = float64(int(v) % int(r))
		}
	}
	return v, nil
}

// power := unary ('^' power)?
func (p *Parser) power() (float64, error) {
	b, err := p.unary()
	if err != nil || !(p.peek().Kind == OP && p.peek().Text == "^") {
		return b, err
	}
	p.next()
	e, err := p.power()
	if err != nil {
		return 0, err
	}
	r := 1.0
	for i := 0; i < int(e); i++ {
		r *= b
	}
	return r, nil
}

func (p *Parser) unary() (float64, error) {
	t := p.next()
	switch {
	case t.Kind == OP && t.Text == "-":
		v, err := p.unary()
		return -v, err
	case t.Kind == NUM:
		return t.Val, nil
	case t.Kind == LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, fmt.Errorf("expected )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing input at %q", p.peek().Text)
	}
	return v, err
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5 * 2", "1 / 0", "2 * (3 + ", "3 $ 4", "1.5.2 + 1", "(2)(3)", "--3"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-12s => error: %v\n", e, err)
		} else {
			fmt.Printf("%-12s => %g\n", e, v)
		}
	}
}
