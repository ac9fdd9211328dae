package main

import (
	"fmt"
	"slices"
	"strings"
)

func reverseWords(s string) string {
	words := strings.Fields(s)
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}

func reverseEachWord(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		r := []rune(w)
		slices.Reverse(r)
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	inputs := []string{
		"the sky is blue",
		"  hello world  ",
		"a good   example",
		"Go is fun",
		"",
	}
	for _, in := range inputs {
		fmt.Printf("%q -> %q\n", in, reverseWords(in))
	}
	fmt.Println(reverseEachWord("Let's take LeetCode contest"))
	fmt.Println(reverseEachWord("héllo wörld"))
}
