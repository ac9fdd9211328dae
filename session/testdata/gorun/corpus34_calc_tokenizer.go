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
)

type Token struct {
	Kind TokenKind
	Val  string
}

func tokenize(s string) ([]Token, error) {
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
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/':
			toks = append(toks, Token{OP, string(c)})
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

func (p *parser) expr() float64 {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Val == "+" || t.Val == "-"); t = p.peek() {
		p.pos++
		if t.Val == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Val == "*" || t.Val == "/"); t = p.peek() {
		p.pos++
		if t.Val == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.peek()
	p.pos++
	switch t.Kind {
	case LPAREN:
		v := p.expr()
		p.pos++
		return v
	case OP:
		return -p.factor()
	}
	f, _ := strconv.ParseFloat(t.Val, 64)
	return f
}

func main() {
	for _, in := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "-(2 + 3) * 2", "2 $ 3"} {
		toks, err := tokenize(in)
		if err != nil {
			fmt.Println(in, "=> error:", err)
			continue
		}
		p := &parser{toks: toks}
		fmt.Printf("%s => %g (%d tokens)\n", in, p.expr(), len(toks))
	}
}
