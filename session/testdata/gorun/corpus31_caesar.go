// Caesar cipher and ROT13 in Go
package main

import (
	"fmt"
	"strings"
)

func shiftRune(r rune, shift int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(shift)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(shift)+26)%26
	}
	return r
}

func encrypt(text string, shift int) string {
	shift %= 26
	return strings.Map(func(r rune) rune { return shiftRune(r, shift) }, text)
}

func decrypt(text string, shift int) string {
	return encrypt(text, -shift)
}

func rot13(s string) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + (c-'A'+13)%26
		default:
			out[i] = c
		}
	}
	return string(out)
}

func main() {
	plain := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	for _, k := range []int{1, 3, 13, 25, 29} {
		enc := encrypt(plain, k)
		fmt.Printf("shift %2d: %s\n", k, enc)
		if dec := decrypt(enc, k); dec != plain {
			fmt.Println("  mismatch!", dec)
		}
	}
	fmt.Println(rot13("Hello, Gopher"), rot13(rot13("Hello, Gopher")))

	// brute force
	secret := encrypt("attack at dawn", 7)
	fmt.Printf("secret: %q\n", secret)
	for k := 0; k < 26; k++ {
		if guess := decrypt(secret, k); strings.Contains(guess, "dawn") {
			fmt.Printf("found key %d: %q\n", k, guess)
		}
	}
	fmt.Printf("%c %c %d\n", shiftRune('z', 1), shiftRune('A', -1), shiftRune('m', 0))
}
