package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	fmt.Println(s[1], s[2], string(s[1]), s[0:1])
	fmt.Printf("%c %q %x %U\n", s[0], s[1], s[1:3], []rune(s)[1])

	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < len("aé"); i++ {
		fmt.Print("aé"[i], " ")
	}
	fmt.Println()

	// Strings are immutable: convert, change, convert back.
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	r[len(r)-1] = '!'
	fmt.Println(string(r))

	// Slicing by bytes can split a rune.
	cut := s[:2]
	fmt.Println(utf8.ValidString(cut), []byte(cut), fmt.Sprintf("%q", cut))

	// Invalid UTF-8 ranges as U+FFFD, one byte at a time.
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len(bad))

	// string(int) is a rune, not a number.
	n := 65
	fmt.Println(string(rune(n)), fmt.Sprint(n))

	// Reversing by runes.
	rev := func(x string) string {
		rs := []rune(x)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(rev("Hello, 世界"))

	// Builder vs concatenation give the same result.
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	fmt.Println(sb.String(), sb.Len())

	// Comparison is bytewise.
	fmt.Println("a" < "b", "Z" < "a", "é" > "z", strings.EqualFold("Go", "GO"))
	fmt.Println(strings.ToUpper("ß"), strings.Title("x"), len(strings.Repeat("é", 3)))
}
