package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println("len in bytes:", len(s))
	fmt.Println("rune count:", utf8.RuneCountInString(s))

	// Indexing a string gives a byte.
	fmt.Println(s[0], string(s[0]))
	fmt.Printf("%c %x %T\n", s[1], s[7], s[7])

	// Ranging over a string gives runes with their byte offsets.
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()

	// A classic loop gives bytes.
	for i := 0; i < 3; i++ {
		fmt.Printf("%d ", s[i])
	}
	fmt.Println()

	// Slicing works on byte offsets.
	fmt.Println(s[:5])
	fmt.Println(s[7:10])
	fmt.Printf("%q\n", s[7:8])

	// Converting to runes first lets you slice by character.
	runes := []rune(s)
	fmt.Println(string(runes[7:9]))
	fmt.Println(len(runes))

	// Strings are immutable; build a new one.
	b := []byte("hello")
	b[0] = 'H'
	fmt.Println(string(b))

	// Reversing a string rune by rune.
	rev := []rune("gopher 🐹")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))

	// Decoding runes by hand.
	str := "añb"
	for len(str) > 0 {
		r, size := utf8.DecodeRuneInString(str)
		fmt.Printf("%c(%d) ", r, size)
		str = str[size:]
	}
	fmt.Println()

	// Raw strings and escapes.
	raw := `C:\path\no\escape\n`
	interp := "tab\there"
	fmt.Println(raw)
	fmt.Println(interp)
	fmt.Printf("%q %v %U\n", '界', '界', '界')

	// Invalid UTF-8.
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Printf("%U ", r)
	}
	fmt.Println(utf8.ValidString(bad))

	// String comparison and concatenation.
	fmt.Println("go" + "pher")
	fmt.Println("a" < "b", "abc" == "ab"+"c")
	multi := "line one\nline two"
	fmt.Println(multi)
}
