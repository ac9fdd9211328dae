package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

func main() {
	const src = `// comment is skipped
x := 3.14 * (radius + 2) // area-ish
name = "gopher" + 'c'
if x >= 10 { return }`

	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	counts := map[string]int{}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		kind := scanner.TokenString(tok)
		if tok > 0 {
			kind = "punct"
		}
		counts[kind]++
		fmt.Printf("%s: %-8s %s\n", s.Position, kind, s.TokenText())
	}
	for _, k := range []string{"Ident", "Int", "Float", "String", "Char", "punct"} {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()

	s.Init(strings.NewReader("a-b  c\nd"))
	s.Mode ^= scanner.SkipComments
	s.Whitespace ^= 1<<'\t' | 1<<' '
	s.IsIdentRune = func(ch rune, i int) bool {
		return ch == '-' && i > 0 || ch >= 'a' && ch <= 'z'
	}
	var toks []string
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		toks = append(toks, fmt.Sprintf("%q", s.TokenText()))
	}
	fmt.Println(strings.Join(toks, " "))
}
