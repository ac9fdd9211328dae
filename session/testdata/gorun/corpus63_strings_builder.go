package main

import (
	"fmt"
	"strings"
	"unicode"
)

func banner(title string, width int) string {
	var b strings.Builder
	b.Grow(width * 3)
	line := strings.Repeat("=", width)
	b.WriteString(line)
	b.WriteByte('\n')
	pad := (width - len(title)) / 2
	fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", pad), title)
	b.WriteString(line)
	return b.String()
}

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
	fmt.Println(banner("REPORT", 20))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba cab"))

	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Map(rot13, strings.Map(rot13, "round trip")))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "Programming in Go is fun"))
	fmt.Println(strings.Map(unicode.ToUpper, "straße"))

	fields := strings.FieldsFunc("one,two;;three  four", func(r rune) bool {
		return r == ',' || r == ';' || unicode.IsSpace(r)
	})
	fmt.Println(len(fields), fields)
	fmt.Println(strings.Title("x") == "X", strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
}
