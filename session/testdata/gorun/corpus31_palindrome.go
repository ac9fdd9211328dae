// Check whether a string or number is a palindrome
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func cleanPalindrome(s string) bool {
	var runes []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			runes = append(runes, r)
		}
	}
	n := len(runes)
	for i := 0; i < n/2; i++ {
		if runes[i] != runes[n-1-i] {
			return false
		}
	}
	return true
}

func isNumberPalindrome(num int) bool {
	original, reversed := num, 0
	for num > 0 {
		reversed = reversed*10 + num%10
		num /= 10
	}
	return original == reversed
}

func main() {
	words := []string{"racecar", "level", "golang", "noon", "a", ""}
	for _, w := range words {
		fmt.Printf("%q is palindrome: %v\n", w, isPalindrome(w))
	}

	sentences := []string{
		"A man, a plan, a canal: Panama",
		"Was it a car or a cat I saw?",
		"Hello, World",
		"été",
	}
	for _, s := range sentences {
		fmt.Printf("%-32q -> %t\n", s, cleanPalindrome(s))
	}

	count := 0
	for i := 100; i < 1000; i++ {
		if isNumberPalindrome(i) {
			count++
		}
	}
	fmt.Println("3-digit palindromic numbers:", count)
	fmt.Println(isNumberPalindrome(12321), isNumberPalindrome(12345))

	// largest palindrome product of two 2-digit numbers
	best, bi, bj := 0, 0, 0
	for i := 10; i < 100; i++ {
		for j := i; j < 100; j++ {
			if p := i * j; p > best && isNumberPalindrome(p) {
				best, bi, bj = p, i, j
			}
		}
	}
	fmt.Printf("largest: %d = %d x %d\n", best, bi, bj)
}
