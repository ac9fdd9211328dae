package main

import (
	"fmt"
	"strings"
	"unicode"
)

func table(headers []string, rows [][]string) string {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = len(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			fmt.Fprintf(&b, "| %-*s ", widths[i], c)
		}
		b.WriteString("|\n")
	}
	sep := func() {
		for _, w := range widths {
			b.WriteString("+" + strings.Repeat("-", w+2))
		}
		b.WriteString("+\n")
	}
	sep()
	line(headers)
	sep()
	for _, r := range rows {
		line(r)
	}
	sep()
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
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func reverseWords(s string) string {
	words := strings.Fields(s)
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func main() {
	fmt.Print(table([]string{"Name", "Lang", "Stars"}, [][]string{
		{"gin", "Go", "75k"}, {"fastapi", "Python", "70k"}, {"axum", "Rust", "18k"},
	}))
	for _, s := range []string{"HTTPServer", "userID", "parseJSONBody", "simple"} {
		fmt.Printf("%s -> %s\n", s, camelToSnake(s))
	}
	fmt.Println(reverseWords("  the sky   is blue "))
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20) {
		fmt.Printf("%2d %-20s|\n", i, l)
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "r2d2 c3po"))
	fmt.Println(strings.Title("x"), strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
}
