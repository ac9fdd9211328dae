package main

import (
	"fmt"
	"strings"
)

func prefixFunction(pattern string) []int {
	lps := make([]int, len(pattern))
	k := 0
	for i := 1; i < len(pattern); i++ {
		for k > 0 && pattern[i] != pattern[k] {
			k = lps[k-1]
		}
		if pattern[i] == pattern[k] {
			k++
		}
		lps[i] = k
	}
	return lps
}

func kmpSearch(text, pattern string) []int {
	if pattern == "" {
		return nil
	}
	lps := prefixFunction(pattern)
	var matches []int
	j := 0
	for i := 0; i < len(text); i++ {
		for j > 0 && text[i] != pattern[j] {
			j = lps[j-1]
		}
		if text[i] == pattern[j] {
			j++
		}
		if j == len(pattern) {
			matches = append(matches, i-j+1)
			j = lps[j-1]
		}
	}
	return matches
}

// Rabin-Karp for comparison
func rabinKarp(text, pattern string) []int {
	const base, mod = 256, 1_000_000_007
	m, n := len(pattern), len(text)
	if m == 0 || m > n {
		return nil
	}
	pow := 1
	for range m - 1 {
		pow = pow * base % mod
	}
	hp, ht := 0, 0
	for i := range m {
		hp = (hp*base + int(pattern[i])) % mod
		ht = (ht*base + int(text[i])) % mod
	}
	var res []int
	for i := 0; ; i++ {
		if hp == ht && text[i:i+m] == pattern {
			res = append(res, i)
		}
		if i+m >= n {
			break
		}
		ht = (ht - int(text[i])*pow%mod + mod) % mod
		ht = (ht*base + int(text[i+m])) % mod
	}
	return res
}

func main() {
	fmt.Println(prefixFunction("ABABCABAB"))
	fmt.Println(prefixFunction("aabaaab"))
	text := "ABABDABACDABABCABABABABCABAB"
	pat := "ABABCABAB"
	fmt.Println("kmp:", kmpSearch(text, pat))
	fmt.Println("rk: ", rabinKarp(text, pat))
	fmt.Println("overlapping:", kmpSearch("aaaaa", "aa"), strings.Count("aaaaa", "aa"))
	fmt.Println("none:", kmpSearch("hello", "xyz"), len(kmpSearch("hello", "xyz")))
	fmt.Println("strings.Index:", strings.Index(text, pat))
	// shortest period of a string
	s := "abcabcabc"
	lps := prefixFunction(s)
	p := len(s) - lps[len(s)-1]
	fmt.Printf("period of %q is %d (repeats: %v)\n", s, p, len(s)%p == 0)
}
