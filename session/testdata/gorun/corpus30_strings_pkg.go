package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Fields(s), len(strings.Fields(s)))
	fmt.Println(strings.Contains(s, "fox"), strings.HasPrefix("golang", "go"), strings.HasSuffix("file.go", ".go"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.Count("cheese", "e"))
	fmt.Println(strings.Split("a,b,c", ","), strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.ReplaceAll("oink oink oink", "k", "ky"), strings.Replace("oink oink", "oink", "moo", 1))
	fmt.Println(strings.Title("hello"), strings.ToUpper("gopher"), strings.Repeat("ab", 3))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())

	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("gopher"))
	fmt.Println(reverse("Hello, 世界"))

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello World"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
}
