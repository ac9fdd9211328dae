package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	fmt.Println(strings.TrimSpace(s))
	fmt.Println(strings.ToUpper(strings.TrimSpace(s)))
	fmt.Println(strings.Contains(s, "fox"), strings.HasPrefix(s, "The"), strings.HasSuffix(strings.TrimSpace(s), "dog"))
	fmt.Println(strings.Index(s, "quick"), strings.LastIndex(s, "o"), strings.Count(s, "o"))
	words := strings.Fields(s)
	fmt.Printf("%d words: %q\n", len(words), words)
	fmt.Println(strings.Join(words, "-"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Printf("%q\n", strings.SplitN("k=v=w", "=", 2))
	fmt.Println(strings.Repeat("ab", 3), strings.Title("hello"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'o' {
			return '0'
		}
		return r
	}, "foo boo"))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("nope", "@")
	fmt.Println("found:", found)
	if rest, ok := strings.CutPrefix("prefix-body", "prefix-"); ok {
		fmt.Println("rest:", rest)
	}
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
}
