package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界! ñ"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d\t%q\t%d bytes\t%U\n", i, r, utf8.RuneLen(r), r)
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) || unicode.IsPunct(r) {
			fmt.Printf("%c@%d ", r, i)
		}
		i += size
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), size)
	bad := "a\xffb\xe4\xb8"
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for _, r := range bad {
		fmt.Printf("%q ", r)
	}
	fmt.Println()
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '€')
	fmt.Println(buf, utf8.FullRune(buf[:2]), utf8.RuneStart(buf[1]))
	fmt.Println(reverse(s))
	var counts [4]int
	for _, r := range "Go 1.22 — 世界 rocks!" {
		switch {
		case unicode.IsLetter(r):
			counts[0]++
		case unicode.IsDigit(r):
			counts[1]++
		case unicode.IsSpace(r):
			counts[2]++
		default:
			counts[3]++
		}
	}
	fmt.Println(counts)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte("é"), []rune("é"))
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToTitle('ǆ')), unicode.Is(unicode.Han, '世'))
	fmt.Println(utf8.RuneError, string(utf8.RuneError), utf8.UTFMax)
}
