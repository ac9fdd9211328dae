package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type WordCount struct {
	Word  string
	Count int
}

func topK(text string, k int) []WordCount {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	list := make([]WordCount, 0, len(freq))
	for w, c := range freq {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if k > len(list) {
		k = len(list)
	}
	return list[:k]
}

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

func main() {
	for i, wc := range topK(text, 8) {
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, wc.Word, wc.Count, strings.Repeat("*", wc.Count))
	}
	fmt.Println(topK("b a c b a d", 10))
	fmt.Printf("%+v\n", topK("one", 1)[0])
}
