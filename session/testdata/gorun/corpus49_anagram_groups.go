package main

import (
	"fmt"
	"sort"
	"strings"
)

func sortedKey(s string) string {
	r := []rune(strings.ToLower(s))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func groupAnagrams(words []string) [][]string {
	groups := make(map[string][]string)
	for _, w := range words {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	result := [][]string{}
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g)
		result = append(result, g)
	}
	return result
}

func main() {
	words := []string{"eat", "tea", "tan", "ate", "nat", "bat", "listen", "silent", "enlist", "google"}
	for i, g := range groupAnagrams(words) {
		fmt.Printf("group %d: %v (%d)\n", i+1, g, len(g))
	}
	fmt.Println(groupAnagrams(nil))
	fmt.Printf("%q\n", sortedKey("Dormitory"))
}
