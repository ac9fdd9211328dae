// Anagram checks and grouping in Go
package main

import (
	"fmt"
	"sort"
	"strings"
)

func sortString(s string) string {
	r := []rune(strings.ToLower(s))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func areAnagrams(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	counts := make(map[rune]int)
	for _, c := range strings.ToLower(a) {
		counts[c]++
	}
	for _, c := range strings.ToLower(b) {
		counts[c]--
		if counts[c] < 0 {
			return false
		}
	}
	return true
}

func main() {
	pairs := [][2]string{
		{"listen", "silent"},
		{"Triangle", "Integral"},
		{"apple", "papel"},
		{"rat", "car"},
		{"dusty", "study"},
	}
	for _, p := range pairs {
		fmt.Printf("%q & %q: %v (sorted: %s / %s)\n", p[0], p[1], areAnagrams(p[0], p[1]), sortString(p[0]), sortString(p[1]))
	}

	words := []string{"eat", "tea", "tan", "ate", "nat", "bat"}
	groups := map[string][]string{}
	for _, w := range words {
		key := sortString(w)
		groups[key] = append(groups[key], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v\n", k, groups[k])
	}
	fmt.Printf("%d groups, %T\n", len(groups), groups)
}
