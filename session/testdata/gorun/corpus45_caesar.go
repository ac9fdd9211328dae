package main

import (
	"fmt"
	"strings"
	"unicode"
)

func shiftRune(r rune, k int) rune {
	k = ((k % 26) + 26) % 26
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k))%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k))%26
	}
	return r
}

func Encrypt(s string, k int) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, k) }, s)
}

func Decrypt(s string, k int) string { return Encrypt(s, -k) }

// crack guesses the key by assuming 'e' is the most common letter.
func crack(cipher string) int {
	var freq [26]int
	for _, r := range strings.ToLower(cipher) {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	best := 0
	for i, f := range freq {
		if f > freq[best] {
			best = i
		}
	}
	return (best - ('e' - 'a') + 26) % 26
}

func vigenere(s, key string, decrypt bool) string {
	var b strings.Builder
	ki := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			b.WriteRune(r)
			continue
		}
		k := int(unicode.ToLower(rune(key[ki%len(key)])) - 'a')
		if decrypt {
			k = -k
		}
		b.WriteRune(shiftRune(r, k))
		ki++
	}
	return b.String()
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	for _, k := range []int{1, 3, 13, 25, -3, 52} {
		enc := Encrypt(msg, k)
		fmt.Printf("k=%3d %s | %v\n", k, enc, Decrypt(enc, k) == msg)
	}
	rot13 := func(s string) string { return Encrypt(s, 13) }
	fmt.Println(rot13(rot13("Hello, Gopher")))

	secret := Encrypt("meet me here at eleven near the tree", 7)
	k := crack(secret)
	fmt.Println(secret, "->", k, Decrypt(secret, k))

	v := vigenere("Attack at dawn, café!", "LEMON", false)
	fmt.Println(v, "|", vigenere(v, "LEMON", true))
}
