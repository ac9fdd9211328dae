package main

import (
	"fmt"
	"slices"
	"sort"
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

func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

type sortRunes []rune

func (s sortRunes) Len() int           { return len(s) }
func (s sortRunes) Less(i, j int) bool { return s[i] < s[j] }
func (s sortRunes) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func key(w string) string {
	r := sortRunes(strings.ToLower(w))
	sort.Sort(r)
	return string(r)
}

func longestPalSub(s string) string {
	best := ""
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > len(best) {
			best = s[l+1 : r]
		}
	}
	for i := range len(s) {
		expand(i, i)
		expand(i, i+1)
	}
	return best
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%-32q %v %s\n", s, isPalindrome(s), reverse(s))
	}
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Tinsel"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k], len(groups[k]))
	}
	fmt.Println(longestPalSub("forgeeksskeegfor"), longestPalSub("babad"), longestPalSub(""))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	rs := []rune{}
	for r := range counts {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	for _, r := range rs {
		fmt.Printf("%c=%d ", r, counts[r])
	}
	fmt.Println()
	fmt.Println(key("Hello"), sortRunes("cba").Len())
}
