package main

import (
	"fmt"
	"unicode"
)

// A lexer in the style of Rob Pike's talk: each state returns the next.
type tokenKind int

const (
	tNumber tokenKind = iota
	tIdent
	tOp
)

func (k tokenKind) String() string {
	return [...]string{"NUM", "IDENT", "OP"}[k]
}

type token struct {
	kind tokenKind
	text string
}

func (t token) String() string { return fmt.Sprintf("%v(%q)", t.kind, t.text) }

type lexer struct {
	input  []rune
	start  int
	pos    int
	tokens []token
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(k tokenKind) {
	l.tokens = append(l.tokens, token{k, string(l.input[l.start:l.pos])})
	l.start = l.pos
}

func lexAny(l *lexer) stateFn {
	for l.pos < len(l.input) {
		r := l.input[l.pos]
		switch {
		case unicode.IsSpace(r):
			l.pos++
			l.start = l.pos
		case unicode.IsDigit(r):
			return lexNumber
		case unicode.IsLetter(r):
			return lexIdent
		default:
			l.pos++
			l.emit(tOp)
		}
	}
	return nil
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsDigit(l.input[l.pos]) {
		l.pos++
	}
	l.emit(tNumber)
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for l.pos < len(l.input) && (unicode.IsLetter(l.input[l.pos]) || unicode.IsDigit(l.input[l.pos])) {
		l.pos++
	}
	l.emit(tIdent)
	return lexAny
}

func lex(s string) []token {
	l := &lexer{input: []rune(s)}
	steps := 0
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
		steps++
	}
	fmt.Println("steps:", steps)
	return l.tokens
}

func main() {
	toks := lex("total = price*12 + tax2 - 7")
	for _, t := range toks {
		fmt.Println(t)
	}
	fmt.Println(toks[:3])
	fmt.Printf("%v %d\n", toks[0].kind, toks[0].kind)
}
