package main

import (
	"fmt"
	"strings"
)

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func IsPalindrome(s string) bool {
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return s == Reverse(s)
}

func main() {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"ascii", "hello", "olleh"},
		{"unicode", "héllo, 世界", "界世 ,olléh"},
		{"single", "x", "x"},
		{"broken expectation", "ab", "ab"},
	}
	passed, failed := 0, 0
	for _, tt := range tests {
		got := Reverse(tt.in)
		if got != tt.want {
			fmt.Printf("FAIL %s: Reverse(%q) = %q, want %q\n", tt.name, tt.in, got, tt.want)
			failed++
			continue
		}
		fmt.Printf("ok   %s\n", tt.name)
		passed++
	}

	palCases := map[string]bool{
		"racecar":                     true,
		"A man a plan a canal Panama": true,
		"gopher":                      false,
	}
	keys := []string{"racecar", "A man a plan a canal Panama", "gopher"}
	for _, k := range keys {
		if got := IsPalindrome(k); got != palCases[k] {
			fmt.Printf("FAIL IsPalindrome(%q) = %v\n", k, got)
			failed++
		} else {
			fmt.Printf("ok   IsPalindrome(%q)\n", k)
			passed++
		}
	}
	fmt.Printf("%d passed, %d failed\n", passed, failed)
}
