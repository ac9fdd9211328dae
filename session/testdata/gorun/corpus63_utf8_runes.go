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
	words := []string{"hello", "héllo", "日本語", "🙂👍", "naïve café"}
	fmt.Printf("%-12s %5s %5s\n", "word", "bytes", "runes")
	for _, w := range words {
		fmt.Printf("%-12s %5d %5d\n", w, len(w), utf8.RuneCountInString(w))
	}

	s := "Go语言!"
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()

	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%q/%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), size)

	bad := string([]byte{0x61, 0xff, 0x62})
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), utf8.RuneCountInString(bad))
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println()

	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, 'é')
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, string(buf))

	fmt.Println(reverse("Hello, 世界"))
	var letters, digits, spaces, upper, punct int
	for _, r := range "Hello World 2024, Ünïcode!" {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, upper, punct)
	fmt.Println(unicode.Is(unicode.Han, '语'), unicode.In('a', unicode.Latin, unicode.Greek))
}
