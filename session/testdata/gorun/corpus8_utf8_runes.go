package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("世x")
	fmt.Println(string(r), size)
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("\xff"))
	buf := utf8.AppendRune(nil, '€')
	fmt.Println(buf, len(buf))
	fmt.Println(reverse(s))
	upper := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, s)
	fmt.Println(upper)
	counts := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			counts["letter"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSpace(r):
			counts["space"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(utf8.RuneError, string(utf8.RuneError), []byte("é"))
}
