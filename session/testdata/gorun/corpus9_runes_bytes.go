package main

import (
	"bytes"
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
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	for i := range letters {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	fmt.Println(s[7], s[7:10], string(s[7]), s[:5])
	fmt.Printf("% x\n%q\n%+q\n", s[7:], s, s)
	fmt.Println(reverse(s), reverse("añb"))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panamá"), isPalindrome("Été"), isPalindrome("go"))
	b := []byte("bytes")
	b[0] = 'B'
	fmt.Println(string(b), b, string(b[1:3]))
	rs := []rune("日本語")
	rs[1] = 'X'
	fmt.Println(string(rs), rs)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), strings.Repeat("ab", 3))
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size, string(r))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, 'ö')
	buf = append(buf, "k"...)
	fmt.Println(buf, string(buf))
	var counts [4]int
	for _, r := range "Go 1.22 is fun, ÜBER!" {
		switch {
		case unicode.IsUpper(r):
			counts[0]++
		case unicode.IsLower(r):
			counts[1]++
		case unicode.IsDigit(r):
			counts[2]++
		case unicode.IsSpace(r) || unicode.IsPunct(r):
			counts[3]++
		}
	}
	fmt.Println(counts)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) {
			return '?'
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.ToUpper([]byte("xyz")), string(bytes.Title([]byte("go"))))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"), strings.ToUpper("ß"), unicode.SimpleFold('k'))
	var sb strings.Builder
	for _, w := range strings.Fields(" one  two three ") {
		sb.WriteRune(unicode.ToUpper(rune(w[0])))
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%c %v %q %x %d\n", 'é', 'é', 'é', 'é', '\n')
}
