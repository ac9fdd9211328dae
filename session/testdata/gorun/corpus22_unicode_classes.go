package main

import (
	"fmt"
	"strings"
	"unicode"
)

func classify(r rune) string {
	var classes []string
	checks := []struct {
		name string
		fn   func(rune) bool
	}{
		{"control", unicode.IsControl},
		{"digit", unicode.IsDigit},
		{"graphic", unicode.IsGraphic},
		{"letter", unicode.IsLetter},
		{"lower", unicode.IsLower},
		{"mark", unicode.IsMark},
		{"number", unicode.IsNumber},
		{"print", unicode.IsPrint},
		{"punct", unicode.IsPunct},
		{"space", unicode.IsSpace},
		{"symbol", unicode.IsSymbol},
		{"title", unicode.IsTitle},
		{"upper", unicode.IsUpper},
	}
	for _, c := range checks {
		if c.fn(r) {
			classes = append(classes, c.name)
		}
	}
	return strings.Join(classes, ",")
}

func main() {
	for _, c := range "aÀ1٣\t ¼$!ǅ\u0301€" {
		fmt.Printf("%q %U: %s\n", c, c, classify(c))
	}
	for _, r := range "Hello, 世界! Привет κόσμε" {
		switch {
		case unicode.Is(unicode.Han, r):
			fmt.Print("H")
		case unicode.In(r, unicode.Cyrillic, unicode.Greek):
			fmt.Print("C")
		case unicode.Is(unicode.Latin, r):
			fmt.Print("L")
		default:
			fmt.Print(".")
		}
	}
	fmt.Println()
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('ǆ')))
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')), string(unicode.SimpleFold('\u212A')))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"), strings.EqualFold("Gopher", "GOPHER"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsNumber))
	fields := strings.FieldsFunc("a1b2c3;;d", func(r rune) bool { return !unicode.IsLetter(r) })
	fmt.Println(fields, len(fields))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar))
	var special = unicode.TurkishCase
	fmt.Println(string(special.ToUpper('i')), string(special.ToLower('I')))
	count := map[string]int{}
	for _, r := range "Go 1.26 — fast & fun!" {
		switch {
		case unicode.IsLetter(r):
			count["letters"]++
		case unicode.IsDigit(r):
			count["digits"]++
		case unicode.IsSpace(r):
			count["spaces"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
