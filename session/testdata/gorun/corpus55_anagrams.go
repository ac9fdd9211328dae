package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func freq(s string) map[rune]int {
	m := make(map[rune]int)
	for _, r := range strings.ToLower(s) {
		if r != ' ' {
			m[r]++
		}
	}
	return m
}

func isAnagram(a, b string) bool {
	return maps.Equal(freq(a), freq(b))
}

func sortedKey(s string) string {
	r := []rune(s)
	slices.Sort(r)
	return string(r)
}

func groupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	var out [][]string
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		out = append(out, groups[k])
	}
	return out
}

// findAnagrams returns start indices of p's anagrams in s.
func findAnagrams(s, p string) []int {
	if len(p) > len(s) {
		return nil
	}
	var need, have [26]int
	for i := range len(p) {
		need[p[i]-'a']++
		have[s[i]-'a']++
	}
	var res []int
	if need == have {
		res = append(res, 0)
	}
	for i := len(p); i < len(s); i++ {
		have[s[i]-'a']++
		have[s[i-len(p)]-'a']--
		if need == have {
			res = append(res, i-len(p)+1)
		}
	}
	return res
}

func main() {
	pairs := [][2]string{{"listen", "silent"}, {"Dormitory", "dirty room"}, {"hello", "world"}, {"aab", "abb"}}
	for _, p := range pairs {
		fmt.Printf("%q ~ %q: %v\n", p[0], p[1], isAnagram(p[0], p[1]))
	}
	fmt.Println(groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	fmt.Println(findAnagrams("cbaebabacd", "abc"))
	fmt.Println(findAnagrams("abab", "ab"))

	f := freq("mississippi")
	keys := slices.Collect(maps.Keys(f))
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%c=%d ", k, f[k])
	}
	fmt.Println()
	g := maps.Clone(f)
	delete(g, 'm')
	fmt.Println(maps.Equal(f, g), len(f), len(g))
	fmt.Println(maps.EqualFunc(f, freq("MISSISSIPPI"), func(a, b int) bool { return a == b }))
}
