package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func sortString(s string) string {
	r := []rune(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func groupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	var keys []string
	for _, w := range words {
		k := sortString(w)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], w)
	}
	out := make([][]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, groups[k])
	}
	return out
}

func reverseWords(s string) string {
	f := strings.Fields(s)
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	return strings.Join(f, " ")
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func compress(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	count := 1
	for i := 1; i <= len(s); i++ {
		if i < len(s) && s[i] == s[i-1] {
			count++
			continue
		}
		b.WriteByte(s[i-1])
		if count > 1 {
			fmt.Fprintf(&b, "%d", count)
		}
		count = 1
	}
	return b.String()
}

func firstUnique(s string) int {
	var counts [26]int
	for _, c := range s {
		counts[c-'a']++
	}
	for i, c := range s {
		if counts[c-'a'] == 1 {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("race a car"))
	fmt.Println(groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	fmt.Printf("%q\n", reverseWords("  the sky   is blue "))
	s := "Hello, 世界!"
	fmt.Println(reverseRunes(s), len(s), utf8.RuneCountInString(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(compress("aaabccddddde"), compress("abc"))
	fmt.Println(firstUnique("leetcode"), firstUnique("loveleetcode"), firstUnique("aabb"))
	b := []byte("bytes")
	fmt.Println(b, string(b[1:3]), s[7:], []rune(s)[7])
	fmt.Println(strings.ToUpper(s), strings.IndexRune(s, '界'), strings.IndexByte(s, ','))
}
