package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) || prev == '-' {
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func camelToSnake(s string) string {
	var out []rune
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				out = append(out, '_')
			}
			r = unicode.ToLower(r)
		}
		out = append(out, r)
	}
	return string(out)
}

func main() {
	for _, s := range []string{"hello wORLD", "the go-programming language", "ÉCOLE über straße"} {
		fmt.Printf("%q -> %q\n", s, titleCase(s))
	}
	for _, s := range []string{"Hello, World!", "  Go 1.22: range over int  ", "Crème brûlée recipe #3"} {
		fmt.Printf("%q -> %q\n", s, slugify(s))
	}
	for _, s := range []string{"HTTPServer", "userID", "parseJSONBody", "x"} {
		fmt.Println(s, "->", camelToSnake(s))
	}
	words := strings.FieldsFunc("one,two;;three  four\tfive", func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	})
	fmt.Println(len(words), words)
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.TrimFunc("¡¡¡Hola!!!", unicode.IsPunct))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"), strings.ToUpper("straße"))
}
