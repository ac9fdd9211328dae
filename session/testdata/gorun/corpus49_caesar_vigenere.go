package main

import (
	"fmt"
	"strings"
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

func caesar(s string, k int) string {
	k %= 26
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func vigenere(s, key string, decrypt bool) string {
	key = strings.ToUpper(key)
	out := make([]rune, 0, len(s))
	ki := 0
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			k := int(key[ki%len(key)] - 'A')
			if decrypt {
				k = -k
			}
			out = append(out, shift(r, k))
			ki++
		} else {
			out = append(out, r)
		}
	}
	return string(out)
}

func main() {
	msg := "Hello, World! The quick brown fox."
	for _, k := range []int{3, 13, 25, -1} {
		enc := caesar(msg, k)
		fmt.Printf("k=%3d %s | %s\n", k, enc, caesar(enc, -k))
	}
	enc := vigenere("ATTACK AT DAWN", "lemon", false)
	fmt.Println(enc)
	fmt.Println(vigenere(enc, "LEMON", true))
	fmt.Println(caesar("rot13 twice is identity", 13) == "ebg13 gjvpr vf vqragvgl")
}
