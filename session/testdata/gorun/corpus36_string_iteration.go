package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println("len bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	fmt.Printf("s[1]=%v %T\n", s[1], s[1])
	fmt.Println("s[1:3] =", s[1:3])
	rs := []rune(s)
	fmt.Println("rune[1] =", string(rs[1]), len(rs))

	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	fmt.Println("valid:", utf8.ValidString(bad), utf8.ValidString(s))
	fmt.Printf("%q %x % x\n", bad, bad, bad)
	fmt.Println([]rune(bad))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b)

	var r rune = 'é'
	fmt.Println(r, string(r), utf8.RuneLen(r))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	r2, size := utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r2 == utf8.RuneError, size)

	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev(s))
	fmt.Println("é" == "e\u0301", len("e\u0301"))
	fmt.Printf("%c|%3c|%-3c|\n", 'x', 'y', 'z')
}
