package main

import (
	"fmt"
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
	k %= 26
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func Vigenere(s, key string, decrypt bool) string {
	key = strings.ToLower(key)
	var out []rune
	i := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			out = append(out, r)
			continue
		}
		k := int(key[i%len(key)] - 'a')
		if decrypt {
			k = -k
		}
		out = append(out, shift(r, k))
		i++
	}
	return string(out)
}

func crack(cipher string) (int, string) {
	common := "etaoinshr"
	best, bestScore := 0, -1
	for k := 0; k < 26; k++ {
		plain := Caesar(cipher, -k)
		score := 0
		for _, r := range strings.ToLower(plain) {
			if i := strings.IndexRune(common, r); i >= 0 {
				score += len(common) - i
			}
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best, Caesar(cipher, -best)
}

func main() {
	msg := "The Quick Brown Fox, at 3pm — über!"
	for _, k := range []int{3, 13, -1, 29} {
		enc := Caesar(msg, k)
		fmt.Printf("k=%3d %s | %s\n", k, enc, Caesar(enc, -k))
	}
	rot := Caesar(Caesar("Hello", 13), 13)
	fmt.Println("rot13 twice:", rot)
	v := Vigenere("ATTACK AT DAWN", "Lemon", false)
	fmt.Println(v, "->", Vigenere(v, "LEMON", true))
	k, plain := crack(Caesar("meet me at the station near the tree", 7))
	fmt.Printf("cracked key=%d: %s\n", k, plain)
	var counts [26]int
	for _, r := range strings.ToLower(v) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	fmt.Println(counts)
}
