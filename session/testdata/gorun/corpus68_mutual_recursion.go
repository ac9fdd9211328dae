package main

import (
	"fmt"
	"unicode"
)

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// A tiny recursive-descent parser: expr = term {('+'|'-') term}; term = factor {('*'|'/') factor}; factor = num | '(' expr ')'
type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *parser) expr() int {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() int {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			v /= p.factor()
		default:
			return v
		}
	}
}

func (p *parser) factor() int {
	if p.peek() == '(' {
		p.pos++
		v := p.expr()
		p.peek()
		p.pos++ // ')'
		return v
	}
	n := 0
	for p.pos < len(p.s) && unicode.IsDigit(rune(p.s[p.pos])) {
		n = n*10 + int(p.s[p.pos]-'0')
		p.pos++
	}
	return n
}

func main() {
	for _, n := range []int{0, 1, 7, 10} {
		fmt.Printf("%d even=%v odd=%v\n", n, isEven(n), isOdd(n))
	}
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / (4 - 2) / 5", "2 * (3 + (4 - 1)) * 2"} {
		p := &parser{s: e}
		fmt.Printf("%s = %d\n", e, p.expr())
	}
}
