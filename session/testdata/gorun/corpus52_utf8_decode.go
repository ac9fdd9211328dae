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
	const nihongo = "日本語 go"
	for i, w := 0, 0; i < len(nihongo); i += w {
		runeValue, width := utf8.DecodeRuneInString(nihongo[i:])
		fmt.Printf("%#U starts at byte position %d (width %d)\n", runeValue, i, width)
		w = width
	}
	fmt.Println(len(nihongo), utf8.RuneCountInString(nihongo))
	fmt.Println(reverse("Hello, 世界"))

	bad := string([]byte{0x61, 0xff, 0x62})
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(nihongo))
	for _, r := range bad {
		fmt.Printf("%q ", r)
	}
	fmt.Println()

	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, 'é')
	buf = utf8.AppendRune(buf, '€')
	fmt.Println(buf, string(buf), utf8.RuneLen('€'))

	s := "Hello, Wörld 42!"
	var letters, upper, digits int
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	fmt.Println(letters, upper, digits)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte("é"), []rune("é"))
}
