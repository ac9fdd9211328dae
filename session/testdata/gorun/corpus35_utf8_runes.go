package main

import (
	"fmt"
	"unicode/utf8"
)

func truncate(s string, maxBytes int) string {
	if len(s) <= maxBytes {
		return s
	}
	for maxBytes > 0 && !utf8.RuneStart(s[maxBytes]) {
		maxBytes--
	}
	return s[:maxBytes]
}

func reverse(s string) string {
	buf := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		buf = utf8.AppendRune(buf, r)
		s = s[:len(s)-size]
	}
	return string(buf)
}

func main() {
	s := "héllo, 世界 🌍"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%2d %c %U size=%d\n", i, r, r, size)
		i += size
	}
	fmt.Println("reverse:", reverse(s))
	for n := 1; n <= 9; n += 2 {
		fmt.Printf("truncate %d: %q\n", n, truncate(s, n))
	}

	buf := make([]byte, utf8.UTFMax)
	for _, r := range []rune{'A', 'é', '€', '😀', -1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%t bytes=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n])
	}

	bad := string([]byte{'o', 'k', 0xff, 'x'})
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), utf8.FullRune([]byte{0xe4, 0xb8}))
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
}
