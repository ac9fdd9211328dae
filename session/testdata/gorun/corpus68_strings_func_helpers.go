package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	msg := "Hello, Gophers! 123"
	enc := strings.Map(rot13, msg)
	fmt.Println(enc)
	fmt.Println(strings.Map(rot13, enc))

	noDigits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, msg)
	fmt.Printf("%q\n", noDigits)

	text := "one,two;;three four\tfive,,six"
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return r == ',' || r == ';' || unicode.IsSpace(r)
	})
	fmt.Println(len(fields), fields)

	fmt.Println(strings.IndexFunc("abc123def", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("abc123def", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("nothing", unicode.IsUpper))

	trimmed := strings.TrimFunc("***!!hello world!!***", func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	fmt.Println(trimmed)
	fmt.Println(strings.TrimLeftFunc("   \t indented", unicode.IsSpace))
	fmt.Println(strings.ContainsFunc("abc", unicode.IsUpper), strings.ContainsFunc("aBc", unicode.IsUpper))

	vowels := 0
	isVowel := func(r rune) bool { return strings.ContainsRune("aeiouAEIOU", r) }
	for _, r := range msg {
		if isVowel(r) {
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)

	camel := "parseHTTPRequestHeader"
	var words []string
	start := 0
	for i := 1; i < len(camel); i++ {
		if unicode.IsUpper(rune(camel[i])) && !unicode.IsUpper(rune(camel[i-1])) {
			words = append(words, camel[start:i])
			start = i
		}
	}
	words = append(words, camel[start:])
	fmt.Println(strings.Join(words, "_"))
}
