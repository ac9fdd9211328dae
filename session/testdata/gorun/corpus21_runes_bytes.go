package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界!"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	for i := 0; i < 6; i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()

	b := []byte(s)
	fmt.Println(b[:4])
	r := []rune(s)
	fmt.Println(r[7:9], string(r[7:9]))

	var ch byte = 'A'
	ch += 2
	fmt.Println(ch, string(ch), string(rune(ch+1)))
	var rn rune = 'a'
	fmt.Printf("%c %c %v\n", rn, rn-32, rn)
	fmt.Println(string(rune(65)), string(rune(0x4e16)))

	digit := '7'
	fmt.Println(digit-'0', int(digit-'0')*2)
	n := 5
	fmt.Println(string(rune('0' + n)))

	counts := map[string]int{}
	for _, c := range "Hello World 123 !!" {
		switch {
		case unicode.IsUpper(c):
			counts["upper"]++
		case unicode.IsLower(c):
			counts["lower"]++
		case unicode.IsDigit(c):
			counts["digit"]++
		case unicode.IsSpace(c):
			counts["space"]++
		case unicode.IsPunct(c):
			counts["punct"]++
		}
	}
	fmt.Println(counts)

	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Printf("%q ", c)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))

	first, size := utf8.DecodeRuneInString("世界")
	fmt.Printf("%c %d\n", first, size)
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, 'é')
	buf = append(buf, "xyz"...)
	fmt.Println(buf, string(buf))

	caesar := func(text string, shift int) string {
		out := make([]byte, len(text))
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c >= 'a' && c <= 'z' {
				c = 'a' + byte((int(c-'a')+shift)%26)
			}
			out[i] = c
		}
		return string(out)
	}
	enc := caesar("attack at dawn", 3)
	fmt.Println(enc, caesar(enc, 23))
	fmt.Printf("%T %T %T\n", s[0], 'x', "x"[0])
	fmt.Printf("%U %#U\n", '⌘', '⌘')
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToTitle('ǆ')))
}
