package main

import (
	"fmt"
	"strings"
	"unicode"
)

func countVowels(s string) (vowels, consonants int) {
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if strings.ContainsRune("aeiou", r) {
			vowels++
		} else {
			consonants++
		}
	}
	return
}

func main() {
	texts := []string{"Hello World", "Golang Programming", "AEIOU aeiou", "rhythm", "123!?"}
	for _, t := range texts {
		v, c := countVowels(t)
		fmt.Printf("%-20s vowels=%2d consonants=%2d\n", t, v, c)
	}

	freq := [5]int{}
	letters := "aeiou"
	for _, r := range "The quick brown fox jumps over the lazy dog" {
		if i := strings.IndexRune(letters, unicode.ToLower(r)); i >= 0 {
			freq[i]++
		}
	}
	for i, n := range freq {
		fmt.Printf("%c:%d ", letters[i], n)
	}
	fmt.Println()
}
