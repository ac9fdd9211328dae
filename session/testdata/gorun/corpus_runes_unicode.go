package main

import (
	"fmt"
	"strings"
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

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(reverse(s))
	for i, w := 0, 0; i < len(s); i += w {
		r, width := utf8.DecodeRuneInString(s[i:])
		w = width
		if r > 127 {
			fmt.Printf("%c at %d width %d\n", r, i, w)
		}
	}
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("gopher"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Go Is Fun"))
	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), b)
	fmt.Printf("%q %v %U\n", 'x', 'x', '⌘')
}
