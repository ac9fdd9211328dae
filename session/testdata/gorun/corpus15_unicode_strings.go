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
		if unicode.IsSpace(prev) {
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func classify(s string) map[string]int {
	m := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			m["upper"]++
		case unicode.IsLower(r):
			m["lower"]++
		case unicode.IsDigit(r):
			m["digit"]++
		case unicode.IsSpace(r):
			m["space"]++
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			m["punct"]++
		default:
			m["other"]++
		}
	}
	return m
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	s := "Héllo, 世界! Go 1.22 🚀"
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s)[:3], []rune(s)[:3])
	for i, r := range "aé世🚀" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(titleCase("the qUICK  brown fox"), strings.ToUpper("straße"), strings.ToLower("İSTANBUL"))
	m := classify(s)
	for _, k := range []string{"upper", "lower", "digit", "space", "punct", "other"} {
		fmt.Printf("%s=%d ", k, m[k])
	}
	fmt.Println()
	fmt.Println(camelToSnake("parseHTTPRequestID"), camelToSnake("simple"))
	bad := string([]byte{0x66, 0xff, 0x6f})
	fmt.Println(utf8.ValidString(bad), []rune(bad), strings.ToValidUTF8(bad, "?"))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size, utf8.RuneError)
	buf := utf8.AppendRune(nil, '界')
	fmt.Printf("%x %q %+q\n", buf, "日本", "日本")
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fields := strings.FieldsFunc("a1b22c333", unicode.IsDigit)
	fmt.Println(fields, len(fields))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	var rs []string
	for _, r := range "Go" {
		rs = append(rs, string(r), fmt.Sprint(r))
	}
	fmt.Println(rs, string(rune(65)), strings.Title("x"))
	fmt.Println(strings.Repeat("=", 5), strings.TrimFunc("¡¡Hola!!", unicode.IsPunct))
	fmt.Println(strings.Cut("k=v=w", "="))
}
