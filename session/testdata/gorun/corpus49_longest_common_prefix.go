package main

import (
	"fmt"
	"strings"
)

func lcpVertical(strs []string) string {
	if len(strs) == 0 {
		return ""
	}
	for i := 0; i < len(strs[0]); i++ {
		c := strs[0][i]
		for _, s := range strs[1:] {
			if i >= len(s) || s[i] != c {
				return strs[0][:i]
			}
		}
	}
	return strs[0]
}

func lcpShrink(strs []string) string {
	if len(strs) == 0 {
		return ""
	}
	prefix := strs[0]
	for _, s := range strs[1:] {
		for !strings.HasPrefix(s, prefix) {
			prefix = prefix[:len(prefix)-1]
			if prefix == "" {
				return ""
			}
		}
	}
	return prefix
}

func main() {
	inputs := [][]string{
		{"flower", "flow", "flight"},
		{"dog", "racecar", "car"},
		{"interspecies", "interstellar", "interstate"},
		{"alone"},
		{},
		{"", "abc"},
		{"prefix", "prefix", "prefix"},
	}
	for _, in := range inputs {
		a, b := lcpVertical(in), lcpShrink(in)
		fmt.Printf("%-45v vertical=%q shrink=%q same=%v\n", in, a, b, a == b)
	}
}
