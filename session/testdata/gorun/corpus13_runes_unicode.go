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
	var letters []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	for i := range len(letters) / 2 {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	}
	return "other"
}

func main() {
	s := "Héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%2d %q %U %d bytes %s\n", i, r, r, utf8.RuneLen(r), classify(r))
	}
	fmt.Println(s[1], s[1:3], string(s[1]))

	fmt.Println(reverse("Hello, 世界"))
	for _, p := range []string{"A man, a plan, a canal: Panama", "Go gopher", "été"} {
		fmt.Printf("%q palindrome: %v\n", p, isPalindrome(p))
	}

	shout := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		if unicode.IsSpace(r) {
			return '_'
		}
		return -1
	}, "hi there, ünïcode 42")
	fmt.Println(shout)

	b := []byte("añb")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[size:]
	}
	fmt.Println()

	invalid := string([]byte{0x61, 0xff, 0x62})
	fmt.Println(utf8.ValidString(invalid), utf8.ValidString(s))
	for _, r := range invalid {
		fmt.Printf("%U ", r)
	}
	fmt.Println()

	buf := utf8.AppendRune(nil, '€')
	fmt.Println(buf, len(buf), string(buf))
	fmt.Println(strings.Title("old title"), strings.ToTitle("ǆ"), unicode.SimpleFold('k'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"))
	fmt.Printf("%c %c %v\n", 'A'+2, 0x1F600, unicode.Is(unicode.Han, '世'))
}
