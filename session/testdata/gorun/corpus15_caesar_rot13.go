package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func Caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k%26) }, s)
}

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = byte(shift(rune(p[i]), 13))
	}
	return n, err
}

func vigenere(s, key string, dec bool) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			continue
		}
		k := int(unicode.ToLower(rune(key[i%len(key)])) - 'a')
		if dec {
			k = -k
		}
		b.WriteRune(shift(r, k))
		i++
	}
	return b.String()
}

func main() {
	msg := "Hello, World! xyz"
	enc := Caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(Caesar(enc, -3))
	fmt.Println(Caesar(msg, 29) == enc)
	r := rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")}
	io.Copy(os.Stdout, r)
	v := vigenere("Attack at dawn", "LEMON", false)
	fmt.Println(v, vigenere(v, "LEMON", true))
	drop := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, msg)
	fmt.Println(drop)
	for k := range 3 {
		fmt.Print(Caesar("abc", k*13), " ")
	}
	fmt.Println()
	fmt.Printf("%c %c %q\n", shift('z', 1), shift('A', -1), shift('!', 5))
}
