package main

import (
	"fmt"
	"strings"
	"unicode"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var cleaned []rune
	for _, c := range strings.ToLower(s) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			cleaned = append(cleaned, c)
		}
	}
	for i := 0; i < len(cleaned)/2; i++ {
		if cleaned[i] != cleaned[len(cleaned)-1-i] {
			return false
		}
	}
	return true
}

func countVowels(s string) int {
	n := 0
	for _, c := range strings.ToLower(s) {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func main() {
	words := []string{"hello", "Gopher", "racecar", "日本語"}
	for _, w := range words {
		fmt.Printf("%-8s -> %s\n", w, reverse(w))
	}
	phrases := []string{"A man, a plan, a canal: Panama", "Go is fun", "Was it a car or a cat I saw?", "12321"}
	for _, p := range phrases {
		fmt.Printf("%q palindrome? %t\n", p, isPalindrome(p))
	}
	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println("vowels:", countVowels(s))
	fmt.Println("words:", len(strings.Fields(s)))
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.Title("hello world"))
	fmt.Println(strings.Contains(s, "fox"), strings.Index(s, "brown"), strings.Count(s, "o"))
	fmt.Println(strings.Replace(s, "o", "0", 2))
	fmt.Println(strings.ReplaceAll(s, " ", "_"))
	fmt.Println(strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.TrimSpace("   padded   "))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), s[4:9], s[len(s)-3:])
	upper, lower, spaces := 0, 0, 0
	for _, c := range "Hello World From Go" {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLower(c):
			lower++
		case unicode.IsSpace(c):
			spaces++
		}
	}
	fmt.Println(upper, lower, spaces)
	fmt.Println(strings.Repeat("ab", 3) + "!")
	fmt.Println(strings.EqualFold("Go", "GO"))
}
