package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type itemType int

const (
	itemError itemType = iota
	itemIdent
	itemNumber
	itemString
	itemPunct
	itemEOF
)

func (t itemType) String() string {
	return [...]string{"ERROR", "IDENT", "NUMBER", "STRING", "PUNCT", "EOF"}[t]
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

type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	start int
	pos   int
	width int
	items chan item
}

const eof = -1

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.width = 0
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.width = w
	l.pos += w
	return r
}

func (l *lexer) backup()         { l.pos -= l.width }
func (l *lexer) ignore()         { l.start = l.pos }
func (l *lexer) emit(t itemType) { l.items <- item{t, l.input[l.start:l.pos]}; l.start = l.pos }
func (l *lexer) peek() rune      { r := l.next(); l.backup(); return r }
func (l *lexer) errorf(format string, args ...any) stateFn {
	l.items <- item{itemError, fmt.Sprintf(format, args...)}
	return nil
}

func lexAny(l *lexer) stateFn {
	r := l.next()
	switch {
	case r == eof:
		l.emit(itemEOF)
		return nil
	case unicode.IsSpace(r):
		l.ignore()
		return lexAny
	case unicode.IsLetter(r) || r == '_':
		return lexIdent
	case unicode.IsDigit(r):
		return lexNumber
	case r == '"':
		return lexString
	case strings.ContainsRune("(){}=+-*/,;", r):
		l.emit(itemPunct)
		return lexAny
	}
	return l.errorf("unexpected character %q at %d", r, l.pos-l.width)
}

func lexIdent(l *lexer) stateFn {
	for r := l.next(); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'; r = l.next() {
	}
	l.backup()
	l.emit(itemIdent)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	for unicode.IsDigit(l.peek()) {
		l.next()
	}
	if l.peek() == '.' {
		l.next()
		for unicode.IsDigit(l.peek()) {
			l.next()
		}
	}
	l.emit(itemNumber)
	return lexAny
}

func lexString(l *lexer) stateFn {
	for {
		switch l.next() {
		case '"':
			l.emit(itemString)
			return lexAny
		case eof, '\n':
			return l.errorf("unterminated string")
		}
	}
}

func lex(input string) chan item {
	l := &lexer{input: input, items: make(chan item)}
	go func() {
		for state := lexAny; state != nil; {
			state = state(l)
		}
		close(l.items)
	}()
	return l.items
}

func main() {
	for _, src := range []string{
		`let x = add(3.14, y_2) * 10;`,
		`print("héllo wörld", π)`,
		`a = "oops`,
		`b = 1 @ 2`,
	} {
		var out []string
		for it := range lex(src) {
			out = append(out, it.String())
		}
		fmt.Println(strings.Join(out, " "))
	}
}
