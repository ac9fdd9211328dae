package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
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
	s := "  the quick  brown FOX jumps  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(titleCase(s))
	fmt.Println(strings.Fields(s), len(strings.Fields(s)))
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Println(strings.Repeat("=-", 10))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.EqualFold("Go", "Goo"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<b>Fish & Chips</b>"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'))
	fmt.Println(strings.HasPrefix("prefix-body", "pre"), strings.HasSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.ToTitle("loud"), strings.ToLower("QUIET"))
	fmt.Printf("[%s][%s][%s]\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("hello.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())

	fields := strings.FieldsFunc("a1b2c3;;d", func(r rune) bool { return unicode.IsDigit(r) || r == ';' })
	fmt.Println(fields)

	word := "Mississippi"
	freq := map[rune]int{}
	for _, ch := range strings.ToLower(word) {
		freq[ch]++
	}
	for _, ch := range "mips" {
		fmt.Printf("%c=%d ", ch, freq[ch])
	}
	fmt.Println()

	reversed := func(s string) string {
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(reversed("Hello, 世界"))
	fmt.Println(strings.Title("hello world"))
	fmt.Println(len("héllo"), len([]rune("héllo")))
}
