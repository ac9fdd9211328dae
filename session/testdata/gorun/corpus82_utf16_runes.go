package main

import (
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界 🌍"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	u := utf16.Encode([]rune(s))
	fmt.Println(len(u), u[len(u)-2:])
	back := string(utf16.Decode(u))
	fmt.Println(back == s)
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	counts := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLetter(r):
			counts["letter"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	r1, r2 := utf16.EncodeRune('🌍')
	fmt.Printf("%X %X %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Print(string(r))
		b = b[:len(b)-size]
	}
	fmt.Println()
}
