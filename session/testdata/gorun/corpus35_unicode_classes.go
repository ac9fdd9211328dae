package main

import (
	"fmt"
	"unicode"
)

type stats struct {
	letters, upper, lower, digits, spaces, punct, symbols, other int
}

func analyze(s string) stats {
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
	texts := []string{
		"Hello, World! 123",
		"Grüße aus Köln — 42 €",
		"日本語のテキスト。",
		"tab\there\nnewline ½ ٣",
	}
	for _, t := range texts {
		fmt.Printf("%+v\n", analyze(t))
	}

	for _, r := range []rune{'a', 'Z', 'é', 'ß', 'Ω', '9', '٣', '中', 'ǅ'} {
		fmt.Printf("%c upper=%c lower=%c title=%c han=%t greek=%t num=%t\n",
			r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.Is(unicode.Han, r), unicode.In(r, unicode.Greek), unicode.IsNumber(r))
	}

	r := 'k'
	fmt.Print("fold orbit of k:")
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		fmt.Printf(" %U", f)
	}
	fmt.Println()
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'))
}
