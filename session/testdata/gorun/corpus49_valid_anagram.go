package main

import (
	"fmt"
	"reflect"
	"strings"
)

func isAnagramCount(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	var counts [26]int
	for i := 0; i < len(s); i++ {
		counts[s[i]-'a']++
		counts[t[i]-'a']--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

func runeCounts(s string) map[rune]int {
	m := make(map[rune]int)
	for _, r := range strings.ToLower(s) {
		if r != ' ' {
			m[r]++
		}
	}
	return m
}

func isAnagramUnicode(s, t string) bool {
	return reflect.DeepEqual(runeCounts(s), runeCounts(t))
}

func main() {
	pairs := [][2]string{{"anagram", "nagaram"}, {"rat", "car"}, {"listen", "silent"}, {"aacc", "ccac"}, {"", ""}}
	for _, p := range pairs {
		fmt.Printf("%q %q -> %v\n", p[0], p[1], isAnagramCount(p[0], p[1]))
	}
	fmt.Println(isAnagramUnicode("Dormitory", "Dirty room"))
	fmt.Println(isAnagramUnicode("café", "éfac"))
	fmt.Println(isAnagramUnicode("hello", "world"))
	fmt.Println(len(runeCounts("Mississippi")), runeCounts("Mississippi")['s'])
}
