// Counting characters, runes, vowels and bytes in a string
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func countVowels(s string) (vowels, consonants int) {
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if strings.ContainsRune("aeiou", r) {
			vowels++
		} else {
			consonants++
		}
	}
	return
}

func main() {
	s := "Héllo, 世界! Go 1.22"
	fmt.Println("string:", s)
	fmt.Println("len (bytes):", len(s))
	fmt.Println("rune count:", utf8.RuneCountInString(s))
	fmt.Println("[]rune len:", len([]rune(s)))

	for i, r := range s {
		if r > 127 {
			fmt.Printf("index %d: %c %U %q width=%d\n", i, r, r, r, utf8.RuneLen(r))
		}
	}

	var letters, digits, spaces, punct, upper int
	for _, r := range s {
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
	fmt.Printf("letters=%d digits=%d spaces=%d punct=%d upper=%d\n", letters, digits, spaces, punct, upper)

	v, c := countVowels("The quick brown fox jumps over the lazy dog")
	fmt.Println("vowels:", v, "consonants:", c)

	b := []byte("héllo")
	fmt.Println(b, len(b))
	fmt.Printf("% x\n", b)
	r, size := utf8.DecodeRune(b[1:])
	fmt.Printf("%c %d %T\n", r, size, r)
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	var ch byte = 'A'
	var rr rune = 'A'
	fmt.Printf("%T %v %T %v %c\n", ch, ch, rr, rr, rr+2)
}
