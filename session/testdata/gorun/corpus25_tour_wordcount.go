package main

import (
	"fmt"
	"sort"
	"strings"
)

func WordCount(s string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func show(m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%q:%d ", k, m[k])
	}
	fmt.Println()
}

func main() {
	tests := []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
		"",
	}
	for _, t := range tests {
		show(WordCount(t))
	}
	got := WordCount("a b a")
	want := map[string]int{"a": 2, "b": 1}
	same := len(got) == len(want)
	for k, v := range want {
		if got[k] != v {
			same = false
		}
	}
	fmt.Println("PASS:", same)
	// fmt prints maps sorted by key.
	fmt.Println(WordCount("to be or not to be"))
}
