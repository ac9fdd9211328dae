package main

import (
	"fmt"
	"strings"
	"unicode"
)

type itemType int

const (
	itemError itemType = iota
	itemNumber
	itemIdent
	itemOp
	itemEOF
)

func (t itemType) String() string {
	return [...]string{"ERROR", "NUM", "IDENT", "OP", "EOF"}[t]
}

type item struct {
	typ itemType
	val string
}

func (i item) String() string {
	if i.typ == itemEOF {
		return "EOF"
	}
	return fmt.Sprintf("%v(%q)", i.typ, i.val)
}

type lexer struct {
	input string
	start int
	pos   int
	items []item
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(t itemType) {
	l.items = append(l.items, item{t, l.input[l.start:l.pos]})
	l.start = l.pos
}

func (l *lexer) peek() rune {
	if l.pos >= len(l.input) {
		return 0
	}
	return rune(l.input[l.pos])
}

func lexAny(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] == ' ' {
		l.pos++
		l.start = l.pos
	}
	r := l.peek()
	switch {
	case r == 0:
		l.emit(itemEOF)
		return nil
	case unicode.IsDigit(r):
		return lexNumber
	case unicode.IsLetter(r):
		return lexIdent
	case strings.ContainsRune("+-*/()=", r):
		l.pos++
		l.emit(itemOp)
		return lexAny
	}
	l.items = append(l.items, item{itemError, fmt.Sprintf("unexpected %q at %d", r, l.pos)})
	return nil
}

func lexNumber(l *lexer) stateFn {
	for unicode.IsDigit(l.peek()) || l.peek() == '.' {
		l.pos++
	}
	l.emit(itemNumber)
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for r := l.peek(); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'; r = l.peek() {
		l.pos++
	}
	l.emit(itemIdent)
	return lexAny
}

func lex(input string) []item {
	l := &lexer{input: input}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.items
}

func main() {
	for _, src := range []string{"x1 = 3.14 * (radius + 2)", "a+b", "total = 5 $ 4"} {
		items := lex(src)
		fmt.Printf("%-26q %d items\n", src, len(items))
		fmt.Println("  ", items)
	}
}
