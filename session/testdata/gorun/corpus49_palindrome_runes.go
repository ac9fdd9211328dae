package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func normalize(s string) string {
	var b strings.Builder
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	words := []string{"racecar", "hello", "été", "A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "日本日", "Go"}
	for _, w := range words {
		n := normalize(w)
		fmt.Printf("%-32q normalized=%-26q palindrome=%t\n", w, n, isPalindrome(n))
	}
	fmt.Println(reverse("Hello, 世界"))
	fmt.Println(len("世界"), len([]rune("世界")))
}
