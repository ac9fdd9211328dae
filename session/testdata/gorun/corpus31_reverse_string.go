// Reverse a string in Go (byte-wise vs rune-wise)
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	runes := []rune(s)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	return string(runes)
}

func reverseWords(s string) string {
	words := strings.Fields(s)
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}

func reverseWithBuilder(s string) string {
	var sb strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		sb.WriteRune(r)
		s = s[:len(s)-size]
	}
	return sb.String()
}

func main() {
	inputs := []string{"Hello, World!", "Golang", "héllo wörld", "日本語", "👋🌍"}
	for _, s := range inputs {
		fmt.Printf("%-16q runes=%d bytes=%d\n", s, utf8.RuneCountInString(s), len(s))
		fmt.Printf("  runes:   %q\n", reverseRunes(s))
		fmt.Printf("  builder: %q\n", reverseWithBuilder(s))
		fmt.Printf("  valid after byte reverse: %v\n", utf8.ValidString(reverseBytes(s)))
	}
	fmt.Println(reverseWords("the quick brown fox jumps"))
	fmt.Println(reverseBytes("abc"), reverseRunes(""), len(reverseRunes("")))
}
