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

func tokenize(src string) ([]Token, error) {
	var toks []Token
	runes := []rune(src)
	for i := 0; i < len(runes); {
		r := runes[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			start := i
			for i < len(runes) && (unicode.IsDigit(runes[i]) || runes[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, string(runes[start:i]), start})
		case r == '+' || r == '-' || r == '*' || r == '/' || r == '^':
			toks = append(toks, Token{OP, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(runes)}), nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term { (+|-) term }
func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		var r float64
		r, err = p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/") {
		op := p.next().Text
		var r float64
		if r, err = p.factor(); err != nil {
			break
		}
		if op == "*" {
			v *= r
		} else if r == 0 {
			return 0, fmt.Errorf("division by zero")
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch {
	case t.Kind == NUM:
		return strconv.ParseFloat(t.Text, 64)
	case t.Kind == OP && t.Text == "-":
		v, err := p.factor()
		return -v, err
	case t.Kind == LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, fmt.Errorf("expected ) at %d", t.Pos)
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %q at %d", t.Text, t.Pos)
}

func eval(src string) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = fmt.Errorf("trailing input at %d", p.peek().Pos)
	}
	return v, err
}

func main() {
	toks, _ := tokenize("3 + 4*(2 - 1)")
	fmt.Printf("%v\n", toks)
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * 3.5 - 1", "1 / 0", "2 $ 3", "(1 + 2", "1 2", "10 / 4 / 5"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-14s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-14s = %g\n", s, v)
	}
}
