package main

import (
	"fmt"
	"strings"
	"unicode"
)

// stateFn is the lexer pattern: each state returns the next state.
type stateFn func(*lexer) stateFn

type token struct {
	kind string
	val  string
}

type lexer struct {
	input  string
	start  int
	pos    int
	tokens []token
}

func (l *lexer) emit(kind string) {
	l.tokens = append(l.tokens, token{kind, l.input[l.start:l.pos]})
	l.start = l.pos
}

func lexAny(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	c := rune(l.input[l.pos])
	switch {
	case unicode.IsSpace(c):
		l.pos++
		l.start = l.pos
		return lexAny
	case unicode.IsDigit(c):
		return lexNumber
	case unicode.IsLetter(c):
		return lexIdent
	default:
		l.pos++
		l.emit("punct")
		return lexAny
	}
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsDigit(rune(l.input[l.pos])) {
		l.pos++
	}
	l.emit("number")
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for l.pos < len(l.input) && (unicode.IsLetter(rune(l.input[l.pos])) || unicode.IsDigit(rune(l.input[l.pos]))) {
		l.pos++
	}
	l.emit("ident")
	return lexAny
}

func lex(s string) []token {
	l := &lexer{input: s}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.tokens
}

func main() {
	for _, src := range []string{"x1 = 42 + y", "foo(bar, 7);"} {
		var parts []string
		for _, t := range lex(src) {
			parts = append(parts, fmt.Sprintf("%s(%s)", t.kind, t.val))
		}
		fmt.Println(strings.Join(parts, " "))
	}
}
