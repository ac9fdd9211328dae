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
	Pos  int
}

func Tokenize(s string) ([]Token, error) {
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
			toks = append(toks, Token{NUM, s[start:i], start})
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '^':
			toks = append(toks, Token{OP, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(s)}), nil
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

func (p *Parser) term() (float64, error) {
	v, err := p.power()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/") {
		op := p.next()
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		if op.Text == "*" {
			v *= r
		} else if r == 0 {
			return 0, fmt.Errorf("division by zero at %d", op.Pos)
		} else {
			v /= r
		}
	}
	return v, nil
}

func (p *Parser) power() (float64, error) {
	base, err := p.unary()
	if err != nil || p.peek().Text != "^" {
		return base, err
	}
	p.next()
	exp, err := p.power()
	if err != nil {
		return 0, err
	}
	r := 1.0
	for i := 0; i < int(exp); i++ {
		r *= base
	}
	return r, nil
}

func (p *Parser) unary() (float64, error) {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		v, err := p.unary()
		return -v, err
	}
	return p.primary()
}

func (p *Parser) primary() (float64, error) {
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
			return 0, fmt.Errorf("missing ) at %d", t.Pos)
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %q at %d", t.Text, t.Pos)
}

func Eval(s string) (float64, error) {
	toks, err := Tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing input at %d", p.peek().Pos)
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2 * (3 + 4) - -1", "1 / 0", "(1 + 2", "3 $ 4", "1 2", "1.5.2 + 1"} {
		v, err := Eval(s)
		if err != nil {
			fmt.Printf("%-18s error: %v\n", s, err)
		} else {
			fmt.Printf("%-18s = %v\n", s, v)
		}
	}
}
