package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var cleaned []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cleaned = append(cleaned, r)
		}
	}
	for i, j := 0, len(cleaned)-1; i < j; i, j = i+1, j-1 {
		if cleaned[i] != cleaned[j] {
			return false
		}
	}
	return true
}

func isPalNum(n int) bool {
	orig, rev := n, 0
	for n > 0 {
		rev = rev*10 + n%10
		n /= 10
	}
	return orig == rev
}

func sortedKey(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isAnagram(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var counts [26]int
	for i := 0; i < len(a); i++ {
		counts[a[i]-'a']++
		counts[b[i]-'a']--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

func longestPalSub(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, w := range [][2]int{{c, c}, {c, c + 1}} {
			l, r := w[0], w[1]
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func main() {
	for _, s := range []string{"racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "Was it a car or a cat I saw?"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}
	var pals []int
	for n := 100; n < 200; n++ {
		if isPalNum(n) {
			pals = append(pals, n)
		}
	}
	fmt.Println(pals)

	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"}
	groups := map[string][]string{}
	for _, w := range words {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0)
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v\n", k, groups[k])
	}
	fmt.Println(isAnagram("anagram", "nagaram"), isAnagram("rat", "car"), isAnagram("ab", "abc"))
	fmt.Println(longestPalSub("babad"), longestPalSub("cbbd"), longestPalSub("forgeeksskeegfor"))
	fmt.Println(strings.EqualFold(sortedKey("Dormitory"), sortedKey("dirtyroom")))
}
