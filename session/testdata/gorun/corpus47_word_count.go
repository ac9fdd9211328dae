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

func main() {
	tests := []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
	}
	for _, t := range tests {
		wc := WordCount(t)
		words := make([]string, 0, len(wc))
		for w := range wc {
			words = append(words, w)
		}
		sort.Strings(words)
		for _, w := range words {
			fmt.Printf("%s=%d ", w, wc[w])
		}
		fmt.Println()
	}
	fmt.Println(WordCount("a a a")["a"])
}
