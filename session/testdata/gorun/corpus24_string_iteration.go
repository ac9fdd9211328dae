package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println("len:", len(s), "runes:", utf8.RuneCountInString(s), len([]rune(s)))

	for i := 0; i < len(s) && i < 4; i++ {
		fmt.Printf("byte %d: %x %q\n", i, s[i], s[i])
	}
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	fmt.Println(s[1:3], s[:2] == "h\xc3")
	fmt.Printf("%q\n", s[:2])
	fmt.Println(reverseRunes(s))
	fmt.Println(utf8.ValidString(reverseBytes(s)), utf8.ValidString(reverseRunes(s)))

	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println(r2s([]rune(bad)))

	fmt.Println(strings.ToUpper(s), strings.Count(s, ""), strings.Index(s, "世"))
	fmt.Println(strings.IndexRune(s, 'l'), strings.IndexByte(s, 'l'))
	first, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(first), size)
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), size)
	fmt.Println(len("é"), len("e\u0301"), "é" == "e\u0301")
}

func r2s(r []rune) string { return fmt.Sprint(len(r), " ", string(r)) }
