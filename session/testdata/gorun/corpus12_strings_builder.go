package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if unicode.IsSpace(r) {
			up = true
			b.WriteRune(r)
			continue
		}
		if up {
			b.WriteRune(unicode.ToUpper(r))
			up = false
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func camelToSnake(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
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

func box(lines ...string) string {
	width := 0
	for _, l := range lines {
		width = max(width, len(l))
	}
	var sb strings.Builder
	border := "+" + strings.Repeat("-", width+2) + "+\n"
	sb.WriteString(border)
	for _, l := range lines {
		fmt.Fprintf(&sb, "| %-*s |\n", width, l)
	}
	sb.WriteString(border)
	return sb.String()
}

func main() {
	fmt.Println(titleCase("the quick BROWN fox"))
	fmt.Println(camelToSnake("parseHTTPRequestID"), camelToSnake("UserName"))
	fmt.Print(box("gogil", "a Go kernel", "for Jupyter"))

	s := "  Hello, World! Hello, Go!  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Count(s, "Hello"), strings.Index(s, "World"), strings.LastIndex(s, "Hello"))
	fmt.Println(strings.ReplaceAll(s, "Hello", "Bye"), "|", strings.Replace(s, "Hello", "Hi", 1))
	fmt.Println(strings.Fields(s), len(strings.Fields(s)))
	fmt.Println(strings.Split("a,b,,c", ","), strings.SplitN("a,b,c,d", ",", 2))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "!"), strings.Contains(s, "Go"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.ContainsAny("abc", "xyzc"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.Title("deprecated but common"), strings.ToTitle("loud"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimRight("1.500", "0"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
}
