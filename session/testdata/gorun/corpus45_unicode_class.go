package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type stats struct {
	letters, upper, lower, digits, spaces, punct, symbols, other int
}

func classify(s string) stats {
	var st stats
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.letters++
			if unicode.IsUpper(r) {
				st.upper++
			} else if unicode.IsLower(r) {
				st.lower++
			}
		case unicode.IsDigit(r):
			st.digits++
		case unicode.IsSpace(r):
			st.spaces++
		case unicode.IsPunct(r):
			st.punct++
		case unicode.IsSymbol(r):
			st.symbols++
		default:
			st.other++
		}
	}
	return st
}

func main() {
	s := "Héllo, Wörld! 123 ½ €5 — 日本語 🙂\t"
	fmt.Printf("%+v\n", classify(s))
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))

	for _, r := range "aZ9 _!€日🙂\u0301" {
		fmt.Printf("%q U+%04X letter=%t digit=%t number=%t space=%t punct=%t symbol=%t graphic=%t mark=%t han=%t\n",
			r, r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsGraphic(r), unicode.IsMark(r), unicode.Is(unicode.Han, r))
	}

	fmt.Println(strings.ToUpper("straße"), strings.ToTitle("ǆemal"), string(unicode.ToTitle('ǆ')), unicode.SimpleFold('K'))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.TrimFunc("¡¡Hola!!", unicode.IsPunct))

	b := []byte("€x")
	r, size := utf8.DecodeRune(b)
	fmt.Println(string(r), size, utf8.RuneLen('🙂'), utf8.ValidString("a\xffb"), []rune("a\xffb"))
	buf := utf8.AppendRune(nil, 'ß')
	fmt.Printf("% x %v\n", buf, utf8.FullRune(buf[:1]))

	isIdent := func(s string) bool {
		for i, r := range s {
			if !(unicode.IsLetter(r) || r == '_' || (i > 0 && unicode.IsDigit(r))) {
				return false
			}
		}
		return s != ""
	}
	for _, id := range []string{"x", "_tmp1", "1abc", "naïve", "a-b", ""} {
		fmt.Printf("%q:%t ", id, isIdent(id))
	}
	fmt.Println()
}
