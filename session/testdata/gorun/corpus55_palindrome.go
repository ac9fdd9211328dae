package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longestPalindrome(s string) string {
	if len(s) < 2 {
		return s
	}
	start, maxLen := 0, 1
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > maxLen {
			start, maxLen = l+1, r-l-1
		}
	}
	for i := range len(s) {
		expand(i, i)
		expand(i, i+1)
	}
	return s[start : start+maxLen]
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func countPalindromicSubstrings(s string) int {
	n := len(s)
	count := 0
	dp := make([][]bool, n)
	for i := range dp {
		dp[i] = make([]bool, n)
	}
	for length := 1; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			if s[i] == s[j] && (length <= 2 || dp[i+1][j-1]) {
				dp[i][j] = true
				count++
			}
		}
	}
	return count
}

func main() {
	tests := []string{
		"A man, a plan, a canal: Panama",
		"race a car",
		"Was it a car or a cat I saw?",
		"",
		"Ésope reste ici et se repose",
	}
	for _, t := range tests {
		fmt.Printf("%-35q %v\n", t, isPalindrome(t))
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "a"} {
		fmt.Printf("longest(%s) = %s\n", s, longestPalindrome(s))
	}
	fmt.Println(reverse("Hello, 世界"))
	fmt.Println("count(aaa):", countPalindromicSubstrings("aaa"), "count(abc):", countPalindromicSubstrings("abc"))
}
