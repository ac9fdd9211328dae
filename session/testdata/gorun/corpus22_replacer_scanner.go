package main

import (
	"fmt"
	"os"
	"strings"
	"text/scanner"
	"unicode"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & more!"))
	r2 := strings.NewReplacer("a", "1", "aaa", "3", "aa", "2")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("hello", "HELLO", "world", "WORLD")
	n, err := r3.WriteString(os.Stdout, "hello, world!\n")
	fmt.Println(n, err)

	const src = `
// This is scanned code.
if a > 10 {
	someParsable = text
	x := 3.14 + 'c' * "str"
}`
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s %s\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}

	s.Init(strings.NewReader("%var1 var2%"))
	s.Filename = "default"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s\n", s.Position, s.TokenText())
	}
	s.Init(strings.NewReader("%var1 var2%"))
	s.Filename = "percent"
	s.IsIdentRune = func(ch rune, i int) bool {
		return ch == '%' && i == 0 || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
	}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s\n", s.Position, s.TokenText())
	}

	s.Init(strings.NewReader("a // comment\nb"))
	s.Mode ^= scanner.SkipComments
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		if tok == scanner.Comment {
			fmt.Printf("comment %q\n", s.TokenText())
		} else {
			fmt.Printf("token %q\n", s.TokenText())
		}
	}
	s.Init(strings.NewReader("ab\ncd"))
	s.Whitespace ^= 1 << '\n'
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%q ", scanner.TokenString(tok))
	}
	fmt.Println()
	var errs []string
	s.Init(strings.NewReader(`"unterminated`))
	s.Error = func(s *scanner.Scanner, msg string) { errs = append(errs, msg) }
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
	}
	fmt.Println(errs, s.ErrorCount)
}
