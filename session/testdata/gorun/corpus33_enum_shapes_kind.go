// An enum of token kinds used by a tiny lexer; tokens print via String.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Number
	Ident
	Plus
	Minus
	Star
	LParen
	RParen
)

func (k Kind) String() string {
	switch k {
	case EOF:
		return "EOF"
	case Number:
		return "NUM"
	case Ident:
		return "IDENT"
	case Plus, Minus, Star:
		return "OP"
	case LParen, RParen:
		return "PAREN"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Token struct {
	Kind Kind
	Text string
}

func (t Token) String() string {
	if t.Kind == EOF {
		return "<eof>"
	}
	return fmt.Sprintf("%v(%s)", t.Kind, t.Text)
}

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			toks = append(toks, Token{Number, string(rs[i:j])})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{Ident, string(rs[i:j])})
			i = j
		default:
			k, ok := map[rune]Kind{'+': Plus, '-': Minus, '*': Star, '(': LParen, ')': RParen}[r]
			if !ok {
				return toks, fmt.Errorf("unexpected %q at %d", r, i)
			}
			toks = append(toks, Token{k, string(r)})
			i++
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

func main() {
	toks, err := lex("(x1 + 42) * y - 7")
	fmt.Println(toks, err)
	counts := map[Kind]int{}
	for _, t := range toks {
		counts[t.Kind]++
	}
	fmt.Println(counts)
	var parts []string
	for _, t := range toks {
		parts = append(parts, t.Text)
	}
	fmt.Println(strings.Join(parts, "|"))
	_, err = lex("a $ b")
	fmt.Println("error:", err)
	fmt.Println(Kind(42), []Kind{Plus, Star})
	fmt.Printf("%v %d %s\n", toks[0], toks[0].Kind, toks[len(toks)-1])
}
