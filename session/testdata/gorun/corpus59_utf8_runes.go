package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last %q size %d\n", last, size)
	bad := string([]byte{0xff, 'a'})
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad))
	for _, r := range bad {
		fmt.Printf("%q %v\n", r, r == utf8.RuneError)
	}
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, utf8.FullRune(buf[:2]))
	var up, lo, dig, sp, pun int
	for _, r := range "Go 1.26 Is Fun, ÄÖ!" {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			lo++
		case unicode.IsDigit(r):
			dig++
		case unicode.IsSpace(r):
			sp++
		case unicode.IsPunct(r):
			pun++
		}
	}
	fmt.Println(up, lo, dig, sp, pun)
	fmt.Println(reverse(s), string(unicode.ToUpper('é')), unicode.Is(unicode.Han, '世'))
}
